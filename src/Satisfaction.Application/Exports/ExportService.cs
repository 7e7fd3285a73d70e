using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Satisfaction.Application.Questionnaires;
using Satisfaction.Application.Scores;
using Satisfaction.Core;
using Satisfaction.Data;
using Satisfaction.Data.Analysis;

namespace Satisfaction.Application.Exports;

/// <summary>
/// Microdata for analysts, streamed from the store to CSV or Parquet with a data dictionary beside it:
/// <c>responses</c> (one row per interview, the weight <c>scores</c> uses, one column per question id),
/// <c>cases</c> (one row per sampled victim or RDD number) and <c>attempts</c> (one row per contact attempt).
/// The case is identified only by a keyed hash (<see cref="Pseudonyms"/>); phone numbers, names, victim ids and
/// crime references are never read. Files are written to a temporary name and renamed when complete.
/// </summary>
/// <remarks>Exports one force's rows (<see cref="Forces.ForceScope"/>, by default the store's only force).</remarks>
public sealed class ExportService(SatisfactionDbContext db, QuestionnaireLibrary library, IOptions<ExportOptions> exportOptions, IOptions<ScoreOptions> scoreOptions, Forces.ForceScope? force = null)
{
    private readonly Forces.ForceScope _force = force ?? new Forces.ForceScope(db, (string?)null);

    /// <summary>The fixed leading columns of <c>responses</c>.</summary>
    public static readonly IReadOnlyList<ExportColumn> ResponseColumns =
    [
        new("case_id", false, "Pseudonymous case id: keyed hash (HMAC-SHA256) of the sampled case or RDD number; the same in every export made with the same key."),
        new("programme", false, "Survey programme.", "uss = user satisfaction (victims); asb = anti-social behaviour; rdd_confidence = public confidence (random digit dialling)"),
        new("user_group", false, "User group of the victim survey; empty for RDD.", "burglary; vehicle; violent; hate; asb"),
        new("division", false, "Division of the record (RDD: of the number bank; empty when unknown)."),
        new("stratum", false, "Sampling stratum (victims: user_group/division; RDD: release month yyyy-MM)."),
        new("draw_id", false, "Weekly draw that sampled the case; empty for RDD."),
        new("interview_date", false, "UK local date of completion, else of the start (yyyy-MM-dd). In-year and previous 12 months are by this date."),
        new("mode", false, "How the interview was done.", "sms; phone; web"),
        new("status", false, "Whether scores count the interview.", "complete; partial = broken off or open with at least one measure answered; not_counted = no measure answered, superseded by another interview of the case, or dated after the as-of date"),
        new("period", false, "Reporting period at the export's as-of date.", "in_year; previous_12m; empty = outside both"),
        new("design_weight", true, "Design weight, 1 / inclusion probability (1 for RDD numbers)."),
        new("weight", true, "Final weight that scores uses at the as-of date: victims design weight x nonresponse adjustment within draw x stratum; RDD base weight raked per period to the population margins (only in the two periods). Empty when not counted."),
    ];

    /// <summary>Columns of <c>cases</c>.</summary>
    public static readonly IReadOnlyList<ExportColumn> CaseColumns =
    [
        ResponseColumns[0], ResponseColumns[1], ResponseColumns[2], ResponseColumns[3], ResponseColumns[4], ResponseColumns[5],
        new("inclusion_probability", true, "Probability of selection in its stratum (empty for RDD)."),
        ResponseColumns[10],
        new("case_status", false, "Fieldwork state.", "pending; in_progress; completed; closed (victims); released; in_progress; completed; closed (RDD)"),
        new("final_disposition", false, "Final AAPOR disposition code once closed, e.g. 1.1 complete, 1.2 partial, 2.11 refusal, 3.x unknown eligibility, 4.x not eligible."),
    ];

    /// <summary>Columns of <c>attempts</c>.</summary>
    public static readonly IReadOnlyList<ExportColumn> AttemptColumns =
    [
        ResponseColumns[0], ResponseColumns[1],
        new("channel", false, "Contact channel.", "sms; phone"),
        new("attempt_at", false, "When the attempt was made (UTC, ISO 8601)."),
        new("outcome", false, "Operational outcome, e.g. no_answer, delivered, refused."),
        new("disposition", false, "AAPOR disposition code of the attempt."),
    ];

    /// <summary>Writes the export and its dictionary.</summary>
    /// <exception cref="InvalidInputException">No pseudonym key, an unknown kind or format, a questionnaire that cannot be read.</exception>
    public async Task<ExportResult> ExportAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var pseudonyms = new Pseudonyms(exportOptions.Value.PseudonymKey);
        if (request.Format is not ("csv" or "parquet"))
        {
            throw new InvalidInputException($"--format '{request.Format}' is not one of: csv, parquet.");
        }

        var catalog = new MeasureCatalog(library, scoreOptions.Value.QuestionnairesPath ?? ScoreFolders.DefaultQuestionnaires);
        var temp = request.OutPath + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            IReadOnlyList<ExportColumn> columns;
            long rows;
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                (columns, rows) = request.What switch
                {
                    "responses" => await ResponsesAsync(stream, request, catalog, pseudonyms, cancellationToken).ConfigureAwait(false),
                    "cases" => await SimpleAsync(stream, request.Format, CaseColumns, AnalysisQueries.For(db.Database).Cases, pseudonyms, cancellationToken).ConfigureAwait(false),
                    "attempts" => await SimpleAsync(stream, request.Format, AttemptColumns, AnalysisQueries.For(db.Database).Attempts, pseudonyms, cancellationToken).ConfigureAwait(false),
                    _ => throw new InvalidInputException($"--what '{request.What}' is not one of: responses, cases, attempts."),
                };
            }

            var dictionary = DictionaryPath(request.OutPath);
            var dictionaryTemp = dictionary + ".tmp-" + Guid.NewGuid().ToString("N");
            await File.WriteAllTextAsync(dictionaryTemp, DictionaryText(columns), cancellationToken).ConfigureAwait(false);
            File.Move(temp, request.OutPath, overwrite: true);
            File.Move(dictionaryTemp, dictionary, overwrite: true);
            return new ExportResult(rows, columns, dictionary);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>The dictionary file beside <paramref name="outPath"/>: <c>NAME.dictionary.csv</c>.</summary>
    public static string DictionaryPath(string outPath)
    {
        ArgumentNullException.ThrowIfNull(outPath);
        var folder = Path.GetDirectoryName(outPath) ?? ".";
        return Path.Combine(folder, Path.GetFileNameWithoutExtension(outPath) + ".dictionary.csv");
    }

    private async Task<(IReadOnlyList<ExportColumn>, long)> SimpleAsync(Stream stream, string format, IReadOnlyList<ExportColumn> columns, Func<DbConnection, int, DbCommand> query, Pseudonyms pseudonyms, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var sink = Sink(stream, format, columns);
        await using var command = query(connection, await _force.ReadIdAsync(cancellationToken).ConfigureAwait(false));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        long rows = 0;
        var cells = new string?[columns.Count];
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            cells[0] = pseudonyms.Of(reader.GetString(0));
            for (var i = 1; i < cells.Length; i++)
            {
                cells[i] = Cell(reader, i, columns[i]);
            }

            await sink.WriteAsync(cells, cancellationToken).ConfigureAwait(false);
            rows++;
        }

        await sink.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return (columns, rows);
    }

    private static string? Cell(DbDataReader reader, int i, ExportColumn column)
    {
        if (reader.IsDBNull(i))
        {
            return null;
        }

        if (column.Name == "attempt_at")
        {
            return new DateTimeOffset(reader.GetInt64(i), TimeSpan.Zero).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        var value = reader.GetValue(i);
        return value switch
        {
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            long l => l.ToString(CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        };
    }

    private async Task<(IReadOnlyList<ExportColumn>, long)> ResponsesAsync(Stream stream, ExportRequest request, MeasureCatalog catalog, Pseudonyms pseudonyms, CancellationToken cancellationToken)
    {
        var periods = new ScorePeriods(request.AsOf);
        var forceId = await _force.ReadIdAsync(cancellationToken).ConfigureAwait(false);
        var reader = new ResponseReader(db, forceId);

        // 1. Question columns: every question of every questionnaire the force's interviews follow, in first-seen order.
        var questionnaireIds = await db.Interviews.AsNoTracking()
            .Where(i => db.SampledCases.Any(s => s.Id == i.SampledCaseId && s.ForceId == forceId)
                || db.RddNumbers.Any(n => n.Id == i.RddNumberId && db.RddReplicates.Any(r => r.Id == n.RddReplicateId && r.ForceId == forceId)))
            .Select(i => i.QuestionnaireId).Distinct().OrderBy(q => q).ToListAsync(cancellationToken).ConfigureAwait(false);
        var questionColumns = new List<ExportColumn>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var q in questionnaireIds.Select(catalog.Get))
        {
            foreach (var question in q.Questions)
            {
                if (seen.Add(question.Id) && ResponseColumns.All(c => c.Name != question.Id))
                {
                    var scale = q.ScaleOf(question);
                    var codes = string.Join("; ", scale.Options.Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Code} = {o.Label}")));
                    questionColumns.Add(new ExportColumn(question.Id, false, $"{q.Id}: {question.Text}", codes));
                }
            }
        }

        // 2. Cases with several interviews: which one counts.
        var superseded = new HashSet<long>();
        var repeated = new List<ResponseRecord>();
        await foreach (var r in reader.ReadAsync(true, false, cancellationToken).ConfigureAwait(false))
        {
            if (CountedInterviews.Qualifies(r, catalog, request.AsOf))
            {
                repeated.Add(r);
            }
        }

        var chosen = CountedInterviews.ChooseAll(repeated).Select(r => r.InterviewId).ToHashSet();
        superseded.UnionWith(repeated.Select(r => r.InterviewId).Where(id => !chosen.Contains(id)));

        // 3. The weighting: respondents' design weights per draw x stratum; RDD respondents of the two periods.
        var responded = new Dictionary<(long, string), double>();
        var rdd = new List<(ResponseRecord Record, string Period)>();
        await foreach (var r in reader.ReadAsync(false, true, cancellationToken).ConfigureAwait(false))
        {
            if (superseded.Contains(r.InterviewId) || !CountedInterviews.Qualifies(r, catalog, request.AsOf))
            {
                continue;
            }

            if (r.DrawId is { } draw)
            {
                responded[(draw, r.Stratum)] = responded.GetValueOrDefault((draw, r.Stratum)) + r.DesignWeight;
            }
            else if (periods.PeriodOf(r.InterviewDate) is { } period)
            {
                rdd.Add((r, period));
            }
        }

        var totals = await VictimWeighting.LoadTotalsAsync(db, forceId, request.AsOf, cancellationToken).ConfigureAwait(false);
        var victims = VictimWeighting.Build(totals, responded.Select(kv => (kv.Key.Item1, kv.Key.Item2, kv.Value)));
        var rddWeights = new Dictionary<long, double>();
        if (rdd.Count > 0)
        {
            var cap = scoreOptions.Value.RddAdultsCap;
            var (weights, _, _, _) = RddWeighting.Weight([.. rdd.Select(x => x.Record)], [.. rdd.Select(x => x.Period)], [.. rdd.Select(x => RddWeighting.BaseWeight(x.Record, cap))], scoreOptions.Value.RddMarginsFile, cap);
            for (var i = 0; i < rdd.Count; i++)
            {
                rddWeights[rdd[i].Record.InterviewId] = weights[i];
            }
        }

        // 4. The rows. Dates and weights repeat (one design weight per stratum, one final weight per class), so their
        // text is made once; answers go straight to their column.
        var columns = ResponseColumns.Concat(questionColumns).ToList();
        var columnOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < questionColumns.Count; i++)
        {
            columnOf[questionColumns[i].Name] = ResponseColumns.Count + i;
        }

        var dates = new Dictionary<DateOnly, string>();
        var numbers = new Dictionary<double, string>();
        await using var sink = Sink(stream, request.Format, columns);
        var cells = new string?[columns.Count];
        long rows = 0;
        await foreach (var r in ReadAheadAsync(reader, cancellationToken).ConfigureAwait(false))
        {
            var counted = !superseded.Contains(r.InterviewId) && CountedInterviews.Qualifies(r, catalog, request.AsOf);
            double? weight = !counted ? null
                : r.DrawId is { } draw ? (victims.HasClass(draw, r.Stratum) ? victims.Weight(draw, r.Stratum, r.DesignWeight) : null)
                : rddWeights.TryGetValue(r.InterviewId, out var w) ? w : null;
            cells[0] = pseudonyms.Of(r.CaseKey);
            cells[1] = r.Programme;
            cells[2] = r.UserGroup;
            cells[3] = r.Division;
            cells[4] = r.Stratum;
            cells[5] = r.DrawId?.ToString(CultureInfo.InvariantCulture);
            cells[6] = Cached(dates, r.InterviewDate, static d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            cells[7] = r.Mode;
            cells[8] = !counted ? "not_counted" : r.Completed ? "complete" : "partial";
            cells[9] = periods.PeriodOf(r.InterviewDate);
            cells[10] = Cached(numbers, r.DesignWeight, static v => v.ToString("R", CultureInfo.InvariantCulture));
            cells[11] = weight is { } value ? Cached(numbers, value, static v => v.ToString("R", CultureInfo.InvariantCulture)) : null;
            Array.Clear(cells, ResponseColumns.Count, questionColumns.Count);
            if (r.Answers is PackedAnswers packed)
            {
                for (var i = 0; i < packed.Count; i++)
                {
                    if (columnOf.TryGetValue(packed.QuestionAt(i), out var column))
                    {
                        cells[column] = packed.CodeAt(i);
                    }
                }
            }
            else
            {
                foreach (var (question, code) in r.Answers)
                {
                    if (columnOf.TryGetValue(question, out var column))
                    {
                        cells[column] = code;
                    }
                }
            }

            await sink.WriteAsync(cells, cancellationToken).ConfigureAwait(false);
            rows++;
        }

        await sink.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return (columns, rows);
    }

    /// <summary>
    /// Every interview with its answers, read on another thread a bounded distance ahead (the reading, mostly inside
    /// the database engine, and the writing then share the two cores; memory stays flat). A failure of the reader
    /// surfaces here.
    /// </summary>
    private static async IAsyncEnumerable<ResponseRecord> ReadAheadAsync(ResponseReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<ResponseRecord>(new BoundedChannelOptions(4096) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var r in reader.ReadAsync(false, false, stop.Token).ConfigureAwait(false))
                    {
                        await channel.Writer.WriteAsync(r, stop.Token).ConfigureAwait(false);
                    }

                    channel.Writer.Complete();
                }
                catch (Exception e)
                {
                    channel.Writer.Complete(e);
                }
            },
            CancellationToken.None);
        try
        {
            await foreach (var r in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return r;
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
        }
    }

    /// <summary>The text of <paramref name="key"/>, made once (a few thousand distinct values at most in an export).</summary>
    private static string Cached<TKey>(Dictionary<TKey, string> cache, TKey key, Func<TKey, string> format)
        where TKey : notnull
    {
        if (!cache.TryGetValue(key, out var text))
        {
            text = format(key);
            if (cache.Count < 100_000)
            {
                cache.Add(key, text);
            }
        }

        return text;
    }

    private static IRowSink Sink(Stream stream, string format, IReadOnlyList<ExportColumn> columns) =>
        format == "parquet" ? new ParquetRowSink(stream, columns) : new CsvRowSink(stream, columns);

    private static string DictionaryText(IReadOnlyList<ExportColumn> columns)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        writer.WriteLine("column,type,meaning,codes");
        foreach (var c in columns)
        {
            writer.WriteLine(string.Join(',', Quote(c.Name), c.Numeric ? "number" : "text", Quote(c.Meaning), Quote(c.Codes)));
        }

        return writer.ToString();
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
