using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Core.Time;
using Satisfaction.Data;
using Satisfaction.Data.Analysis;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Scores;

/// <summary>
/// Streams the interviews of the store with their design variables and coded answers, in interview-id order,
/// one SQL query per pass over the store's connection (the provider's <see cref="IAnalysisQueries"/>; no entity
/// tracking; one row per interview, its answers aggregated by the database), so a million interviews read in
/// seconds with memory that does not grow with the store. Phone numbers, names and crime references are never
/// selected.
/// </summary>
/// <remarks>Reads the interviews of force <c>forceId</c> only: its sampled cases' and its RDD replicates' numbers'.</remarks>
public sealed class ResponseReader(SatisfactionDbContext db, int forceId)
{
    /// <summary>The programme code of the RDD confidence survey in this store (default <c>rdd_confidence</c>).</summary>
    public async Task<string> RddProgrammeAsync(CancellationToken cancellationToken) =>
        await db.SurveyProgrammes.AsNoTracking().Where(p => p.ForceId == forceId && p.Kind == ProgrammeKind.PublicConfidence)
            .Select(p => p.Code).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? "rdd_confidence";

    /// <summary>
    /// Every interview, in id order (optionally only those of cases with more than one interview; optionally with
    /// the answers of open or broken-off interviews and RDD interviews only: enough to tell which count and to weight, and much faster).
    /// </summary>
    public async IAsyncEnumerable<ResponseRecord> ReadAsync(bool onlyRepeatedCases, bool answersOfPartialsOnly, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rddProgramme = await RddProgrammeAsync(cancellationToken).ConfigureAwait(false);
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var command = AnalysisQueries.For(db.Database).Responses(connection, forceId, new ResponseSelection(onlyRepeatedCases, answersOfPartialsOnly));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var interned = new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = interned.GetAlternateLookup<ReadOnlySpan<char>>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var answers = reader.IsDBNull(ResponseColumn.Answers) ? PackedAnswers.Empty : Unpack(reader.GetString(ResponseColumn.Answers), lookup);
            yield return Read(reader, rddProgramme, lookup, answers);
        }
    }

    /// <summary>The answers packed as <see cref="ResponseColumn.Answers"/> describes, every id and code interned.</summary>
    internal static PackedAnswers Unpack(string packed, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> interned)
    {
        if (packed.Length == 0)
        {
            return PackedAnswers.Empty;
        }

        var span = packed.AsSpan();
        var pairs = new string[2 * (span.Count(ResponseColumn.AnswerSeparator) + 1)];
        var n = 0;
        foreach (var range in span.Split(ResponseColumn.AnswerSeparator))
        {
            var answer = span[range];
            var cut = answer.IndexOf(ResponseColumn.CodeSeparator);
            pairs[n++] = Intern(interned, cut < 0 ? answer : answer[..cut]);
            pairs[n++] = Intern(interned, cut < 0 ? [] : answer[(cut + 1)..]);
        }

        return new PackedAnswers(pairs);
    }

    private static ResponseRecord Read(DbDataReader r, string rddProgramme, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> interned, PackedAnswers answers)
    {
        long? caseId = r.IsDBNull(ResponseColumn.SampledCaseId) ? null : r.GetInt64(ResponseColumn.SampledCaseId);
        long? numberId = r.IsDBNull(ResponseColumn.RddNumberId) ? null : r.GetInt64(ResponseColumn.RddNumberId);
        var started = r.GetInt64(ResponseColumn.StartedAt);
        long? completed = r.IsDBNull(ResponseColumn.CompletedAt) ? null : r.GetInt64(ResponseColumn.CompletedAt);
        var victim = caseId is not null;
        var month = victim || r.IsDBNull(ResponseColumn.RddMonth) ? string.Empty : r.GetString(ResponseColumn.RddMonth);
        return new ResponseRecord
        {
            InterviewId = r.GetInt64(ResponseColumn.InterviewId),
            SampledCaseId = caseId,
            RddNumberId = numberId,
            QuestionnaireId = Text(r, ResponseColumn.QuestionnaireId, interned),
            Mode = Text(r, ResponseColumn.Mode, interned),
            InterviewDate = UkLocalTime.ToUkDate(new DateTimeOffset(completed ?? started, TimeSpan.Zero)),
            Completed = completed is not null,
            Programme = victim ? Text(r, ResponseColumn.Programme, interned) : rddProgramme,
            UserGroup = victim ? Text(r, ResponseColumn.UserGroup, interned) : string.Empty,
            Division = Text(r, victim ? ResponseColumn.Division : ResponseColumn.RddDivision, interned),
            Stratum = victim ? Text(r, ResponseColumn.Stratum, interned) : Intern(interned, month.Length >= 7 ? month.AsSpan(0, 7) : month),
            DrawId = victim ? r.GetInt64(ResponseColumn.DrawId) : null,
            DesignWeight = victim ? r.GetDouble(ResponseColumn.DesignWeight) : 1.0,
            Answers = answers,
        };
    }

    /// <summary>Column <paramref name="ordinal"/> as interned text; empty when null.</summary>
    private static string Text(DbDataReader r, int ordinal, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> interned) =>
        r.IsDBNull(ordinal) ? string.Empty : Intern(interned, r.GetString(ordinal));

    private static string Intern(Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> interned, ReadOnlySpan<char> value)
    {
        if (!interned.TryGetValue(value, out var s))
        {
            s = value.ToString();
            interned.Dictionary.Add(s, s);
        }

        return s;
    }
}
