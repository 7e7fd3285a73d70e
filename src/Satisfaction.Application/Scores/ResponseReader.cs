using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Core.Time;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Scores;

/// <summary>
/// Streams the interviews of the store with their design variables and coded answers, in interview-id order,
/// one SQL query over the store's connection (no entity tracking), so a million interviews read in seconds with
/// memory that does not grow with the store. Phone numbers, names and crime references are never selected.
/// </summary>
/// <remarks>Reads the interviews of force <c>forceId</c> only: its sampled cases' and its RDD replicates' numbers'.</remarks>
public sealed class ResponseReader(SatisfactionDbContext db, int forceId)
{
    private const string Select = """
        SELECT i.id, i.sampled_case_id, i.rdd_number_id, i.questionnaire_id, i.mode, i.started_at, i.completed_at,
               sp.code, sc.user_group, d.code, sc.stratum, sc.sample_draw_id, sc.design_weight,
               rr.month, bd.code, a.question_id, a.code
        FROM interviews i
        LEFT JOIN sampled_cases sc ON sc.id = i.sampled_case_id
        LEFT JOIN survey_programmes sp ON sp.id = sc.survey_programme_id
        LEFT JOIN divisions d ON d.id = sc.division_id
        LEFT JOIN rdd_numbers rn ON rn.id = i.rdd_number_id
        LEFT JOIN rdd_replicates rr ON rr.id = rn.rdd_replicate_id
        LEFT JOIN number_banks nb ON nb.id = rn.number_bank_id
        LEFT JOIN divisions bd ON bd.id = nb.division_id
        LEFT JOIN answers a ON a.interview_id = i.id AND a.code IS NOT NULL
        """;

    private const string PartialsOnly = " AND (i.completed_at IS NULL OR i.rdd_number_id IS NOT NULL)";

    private const string OfForce = " WHERE (sc.force_id = @force OR rr.force_id = @force)";

    private const string OnlyRepeatedCases = """
         AND COALESCE(i.sampled_case_id, -i.rdd_number_id) IN
            (SELECT COALESCE(sampled_case_id, -rdd_number_id) FROM interviews GROUP BY 1 HAVING COUNT(*) > 1)
        """;

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

        await using var command = connection.CreateCommand();
        command.CommandText = Select + (answersOfPartialsOnly ? PartialsOnly : string.Empty) + OfForce + (onlyRepeatedCases ? OnlyRepeatedCases : string.Empty) + " ORDER BY i.id";
        var force = command.CreateParameter();
        force.ParameterName = "@force";
        force.Value = forceId;
        command.Parameters.Add(force);
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken).ConfigureAwait(false);
        Pending? current = null;
        var questionnaires = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = reader.GetInt64(0);
            if (current is null || current.Id != id)
            {
                if (current is not null)
                {
                    yield return current.ToRecord();
                }

                current = ReadHead(reader, id, rddProgramme, questionnaires);
            }

            if (!reader.IsDBNull(15))
            {
                var question = reader.GetString(15);
                current.Answers[question] = reader.IsDBNull(16) ? null : reader.GetString(16);
            }
        }

        if (current is not null)
        {
            yield return current.ToRecord();
        }
    }

    private static Pending ReadHead(DbDataReader r, long id, string rddProgramme, Dictionary<string, string> interned)
    {
        long? caseId = r.IsDBNull(1) ? null : r.GetInt64(1);
        long? numberId = r.IsDBNull(2) ? null : r.GetInt64(2);
        var questionnaire = Intern(interned, r.GetString(3));
        var mode = Intern(interned, r.GetString(4));
        var started = r.GetInt64(5);
        long? completed = r.IsDBNull(6) ? null : r.GetInt64(6);
        var date = UkLocalTime.ToUkDate(new DateTimeOffset(completed ?? started, TimeSpan.Zero));
        var pending = new Pending
        {
            Id = id,
            CaseId = caseId,
            NumberId = numberId,
            Questionnaire = questionnaire,
            Mode = mode,
            Date = date,
            Completed = completed is not null,
        };
        if (caseId is not null)
        {
            pending.Programme = Intern(interned, r.GetString(7));
            pending.UserGroup = Intern(interned, r.GetString(8));
            pending.Division = Intern(interned, r.GetString(9));
            pending.Stratum = Intern(interned, r.GetString(10));
            pending.DrawId = r.GetInt64(11);
            pending.DesignWeight = r.GetDouble(12);
        }
        else
        {
            pending.Programme = rddProgramme;
            pending.UserGroup = string.Empty;
            var month = r.IsDBNull(13) ? string.Empty : r.GetString(13);
            pending.Stratum = Intern(interned, month.Length >= 7 ? month[..7] : month);
            pending.Division = r.IsDBNull(14) ? string.Empty : Intern(interned, r.GetString(14));
            pending.DesignWeight = 1.0;
        }

        return pending;
    }

    private static string Intern(Dictionary<string, string> interned, string value)
    {
        if (!interned.TryGetValue(value, out var s))
        {
            interned.Add(value, value);
            s = value;
        }

        return s;
    }

    private sealed class Pending
    {
        public long Id { get; init; }

        public long? CaseId { get; init; }

        public long? NumberId { get; init; }

        public string Questionnaire { get; init; } = string.Empty;

        public string Mode { get; init; } = string.Empty;

        public DateOnly Date { get; init; }

        public bool Completed { get; init; }

        public string Programme { get; set; } = string.Empty;

        public string UserGroup { get; set; } = string.Empty;

        public string Division { get; set; } = string.Empty;

        public string Stratum { get; set; } = string.Empty;

        public long? DrawId { get; set; }

        public double DesignWeight { get; set; }

        public Dictionary<string, string?> Answers { get; } = new(StringComparer.Ordinal);

        public ResponseRecord ToRecord() => new()
        {
            InterviewId = Id,
            SampledCaseId = CaseId,
            RddNumberId = NumberId,
            QuestionnaireId = Questionnaire,
            Mode = Mode,
            InterviewDate = Date,
            Completed = Completed,
            Programme = Programme,
            UserGroup = UserGroup,
            Division = Division,
            Stratum = Stratum,
            DrawId = DrawId,
            DesignWeight = DesignWeight,
            Answers = Answers,
        };
    }
}
