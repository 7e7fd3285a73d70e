using System.Globalization;
using Microsoft.Extensions.Options;
using Satisfaction.Application.Questionnaires;
using Satisfaction.Core;
using Satisfaction.Core.Statistics;
using Satisfaction.Data;

namespace Satisfaction.Application.Scores;

/// <summary>
/// The five measures (and the RDD survey's confidence measures) from the interviews in the store, by programme,
/// for the force and its domains, in-year and in the previous 12 months, with the change: weights as
/// <see cref="VictimWeighting"/> and <see cref="RddWeighting"/>, estimates by the statistics engine (Taylor
/// linearisation, strata = draw x stratum with the fpc from the eligible counts, logit intervals on the design df).
/// </summary>
/// <remarks>Scores one force (<see cref="Forces.ForceScope"/>, by default the store's only force).</remarks>
public sealed class ScoresService(SatisfactionDbContext db, QuestionnaireLibrary library, IOptions<ScoreOptions> options, Forces.ForceScope? force = null)
{
    private readonly Forces.ForceScope _force = force ?? new Forces.ForceScope(db, (string?)null);

    private static readonly SurveyCiMethod[] Logit = [SurveyCiMethod.Logit];

    private static readonly string[] ProgrammeOrder = ["uss", "asb", "rdd_confidence"];

    /// <summary>The catalog of questionnaires this service scores with.</summary>
    public MeasureCatalog Catalog { get; } = new(library, options.Value.QuestionnairesPath ?? "questionnaires");

    /// <summary>Computes the scores.</summary>
    /// <exception cref="InvalidInputException">An unknown programme, no respondents for it, a questionnaire that cannot be read, bad margins.</exception>
    public async Task<ScoreResult> RunAsync(ScoreRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var periods = new ScorePeriods(request.AsOf);
        var (rows, weighting) = await LoadAsync(request.AsOf, cancellationToken).ConfigureAwait(false);
        var programmes = rows.Keys.OrderBy(p => Array.IndexOf(ProgrammeOrder, p) is var i && i < 0 ? int.MaxValue : i).ThenBy(p => p, StringComparer.Ordinal).ToList();
        if (request.Programme is { } only)
        {
            if (!programmes.Contains(only, StringComparer.Ordinal))
            {
                throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture,
                    $"programme '{only}' has no respondents between {periods.PreviousStart:yyyy-MM-dd} and {periods.InYearEnd:yyyy-MM-dd} (programmes with respondents: {(programmes.Count == 0 ? "none" : string.Join(", ", programmes))})."));
            }

            programmes = [only];
        }

        var estimates = new List<ScoreEstimate>();
        var changes = new List<ScoreChange>();
        var summaries = new List<ProgrammeScores>();
        var warnings = new List<string>(weighting.Warnings);
        foreach (var programme in programmes)
        {
            var design = await BuildDesignAsync(programme, rows[programme], weighting, cancellationToken).ConfigureAwait(false);
            warnings.AddRange(design.Warnings);
            Estimate(request, periods, programme, design, estimates, changes);
            summaries.Add(new ProgrammeScores(programme,
                design.Rows.Count(r => r.Period == ScorePeriods.InYear),
                design.Rows.Count(r => r.Period == ScorePeriods.Previous),
                design.Weighting, design.Design.Describe(), design.Measures.Select(m => new KeyValuePair<string, string>(m.Id, m.Title)).ToList()));
        }

        return new ScoreResult(periods, estimates, changes, summaries, warnings);
    }

    /// <summary>
    /// The respondent rows of every programme in the two periods with their final weights, variance strata and
    /// fpc, exactly as <see cref="RunAsync"/> estimates them.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ScoreRespondent>>> RespondentsAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var (rows, weighting) = await LoadAsync(asOf, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, IReadOnlyList<ScoreRespondent>>(StringComparer.Ordinal);
        foreach (var (programme, list) in rows)
        {
            result[programme] = (await BuildDesignAsync(programme, list, weighting, cancellationToken).ConfigureAwait(false)).Rows;
        }

        return result;
    }

    /// <summary>The counted interviews (on or before the as-of date) and the victim surveys' weighting.</summary>
    internal async Task<(Dictionary<string, List<(ResponseRecord Record, string Period)>> Rows, VictimWeighting Weighting)> LoadAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var periods = new ScorePeriods(asOf);
        var forceId = await _force.ReadIdAsync(cancellationToken).ConfigureAwait(false);
        var reader = new ResponseReader(db, forceId);
        var qualifying = new List<ResponseRecord>();
        await foreach (var record in reader.ReadAsync(false, false, cancellationToken).ConfigureAwait(false))
        {
            if (CountedInterviews.Qualifies(record, Catalog, asOf))
            {
                qualifying.Add(record);
            }
        }

        var counted = CountedInterviews.ChooseAll(qualifying);
        var totals = await VictimWeighting.LoadTotalsAsync(db, forceId, asOf, cancellationToken).ConfigureAwait(false);
        var weighting = VictimWeighting.Build(totals, counted.Where(r => r.DrawId is not null).Select(r => (r.DrawId!.Value, r.Stratum, r.DesignWeight)));

        // A victim whose case was later found not eligible (a 4.x disposition, e.g. a wrong number after a partial SMS
        // interview) is outside every weighting class, as the class totals leave such cases out: not a respondent.
        counted = [.. counted.Where(r => r.DrawId is not { } draw || weighting.HasClass(draw, r.Stratum))];
        var rows = new Dictionary<string, List<(ResponseRecord, string)>>(StringComparer.Ordinal);
        foreach (var r in counted)
        {
            if (periods.PeriodOf(r.InterviewDate) is not { } period)
            {
                continue;
            }

            if (!rows.TryGetValue(r.Programme, out var list))
            {
                list = [];
                rows.Add(r.Programme, list);
            }

            list.Add((r, period));
        }

        return (rows, weighting);
    }

    private Task<ProgrammeDesign> BuildDesignAsync(string programme, List<(ResponseRecord Record, string Period)> rows, VictimWeighting weighting, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var isRdd = rows.All(r => r.Record.RddNumberId is not null);
        var n = rows.Count;
        var respondents = new List<ScoreRespondent>(n);
        var warnings = new List<string>();
        string description;
        SurveyDesign design;
        var strata = new int[n];
        var strataIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        int Code(string key)
        {
            if (!strataIndex.TryGetValue(key, out var c))
            {
                c = strataIndex.Count;
                strataIndex.Add(key, c);
            }

            return c;
        }

        if (isRdd)
        {
            var cap = options.Value.RddAdultsCap;
            var baseWeights = rows.Select(r => RddWeighting.BaseWeight(r.Record, cap)).ToArray();
            var margins = options.Value.RddMarginsFile;
            var (weights, adjustment, text, rddWarnings) = RddWeighting.Weight(rows.Select(r => r.Record).ToList(), rows.Select(r => r.Period).ToList(), baseWeights, margins, cap);
            warnings.AddRange(rddWarnings);
            description = text;
            for (var i = 0; i < n; i++)
            {
                var key = rows[i].Record.Stratum;
                strata[i] = Code(key);
                respondents.Add(new ScoreRespondent(rows[i].Record, rows[i].Period, weights[i], key, null));
            }

            design = SurveyDesign.Create(new SurveyDesignInput
            {
                Strata = strata,
                Weights = weights,
                Adjustment = adjustment,
                SubsetKeepsAllRows = adjustment is not null,
                LonelyPsu = LonelyPsuPolicy.Adjust,
                SourceName = programme,
            });
        }
        else
        {
            var weights = new double[n];
            var fpc = new double[n];
            for (var i = 0; i < n; i++)
            {
                var r = rows[i].Record;
                var key = string.Create(CultureInfo.InvariantCulture, $"{r.DrawId}|{r.Stratum}");
                strata[i] = Code(key);
                weights[i] = weighting.Weight(r.DrawId!.Value, r.Stratum, r.DesignWeight);
                fpc[i] = weighting.Fpc(r.DrawId!.Value, r.Stratum);
                respondents.Add(new ScoreRespondent(r, rows[i].Period, weights[i], key, fpc[i]));
            }

            description = VictimWeighting.Description;
            design = SurveyDesign.Create(new SurveyDesignInput
            {
                Strata = strata,
                Fpc = fpc,
                Weights = weights,
                LonelyPsu = LonelyPsuPolicy.Adjust,
                SourceName = programme,
            });
        }

        // Measures: those of the questionnaires the rows follow, in first-seen order.
        var measures = new List<Core.Questionnaires.Measure>();
        foreach (var q in rows.Select(r => r.Record.QuestionnaireId).Distinct(StringComparer.Ordinal))
        {
            foreach (var m in Catalog.Get(q).Measures)
            {
                if (!measures.Any(x => x.Id == m.Id))
                {
                    measures.Add(m);
                }
            }
        }

        return Task.FromResult(new ProgrammeDesign(respondents, design, description, measures, warnings));
    }

    private void Estimate(ScoreRequest request, ScorePeriods periods, string programme, ProgrammeDesign d, List<ScoreEstimate> estimates, List<ScoreChange> changes)
    {
        var n = d.Rows.Count;
        var method = d.Weighting + "; " + d.Design.Describe() + "; logit interval (svyciprop) on the design df";
        var inYear = d.Rows.Select(r => r.Period == ScorePeriods.InYear).ToArray();
        var previous = d.Rows.Select(r => r.Period == ScorePeriods.Previous).ToArray();
        foreach (var measure in d.Measures)
        {
            var indicator = new double[n];
            for (var i = 0; i < n; i++)
            {
                var record = d.Rows[i].Record;
                var own = Catalog.Get(record.QuestionnaireId).Measures.FirstOrDefault(m => m.Id == measure.Id);
                indicator[i] = own is null ? double.NaN : MeasureCatalog.Indicator(own, record.Answers.GetValueOrDefault(own.QuestionId));
            }

            foreach (var (by, value, member) in Domains(d.Rows, request.Breakdown))
            {
                var a = Block(request, periods, programme, ScorePeriods.InYear, d.Design, measure.Id, indicator, inYear, member, by, value, method);
                var b = Block(request, periods, programme, ScorePeriods.Previous, d.Design, measure.Id, indicator, previous, member, by, value, method);
                var timeDomain = by is "month" or "quarter";
                if (!timeDomain || a.Estimate.N > 0)
                {
                    estimates.Add(a);
                }

                if (!timeDomain || b.Estimate.N > 0)
                {
                    estimates.Add(b);
                }

                if (!timeDomain && a.Estimate.N > 0 && b.Estimate.N > 0)
                {
                    var maskA = Mask(inYear, member);
                    var maskB = Mask(previous, member);
                    var difference = DomainComparison.Compare(d.Design, indicator, maskA, maskB, ScorePeriods.InYear, ScorePeriods.Previous);
                    changes.Add(new ScoreChange(programme, a, b, difference, request.Level, method + "; change: difference with the design covariance, svyglm t test"));
                }
            }
        }
    }

    private static ScoreEstimate Block(ScoreRequest request, ScorePeriods periods, string programme, string period, SurveyDesign design, string measure,
        double[] indicator, bool[] inPeriod, bool[]? member, string? by, string? value, string method)
    {
        var mask = Mask(inPeriod, member);
        var (start, end) = periods.Bounds(period);
        var valid = 0;
        for (var i = 0; i < mask.Length; i++)
        {
            if (mask[i] && !double.IsNaN(indicator[i]))
            {
                valid++;
            }
        }

        var estimate = valid == 0
            ? Empty(measure, by, value, request.Level, method)
            : ProportionEstimator.Estimate(design, measure, indicator, Logit, request.Level, mask, by, value) with { Method = method };
        return new ScoreEstimate(programme, period, start, end, estimate);
    }

    private static ProportionEstimate Empty(string measure, string? by, string? value, double level, string method) =>
        new(measure, by, value, 0, 0, 0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0,
            [new KeyValuePair<string, CiBounds>("logit", new CiBounds(double.NaN, double.NaN))], level, method);

    private static bool[] Mask(bool[] period, bool[]? member)
    {
        var mask = new bool[period.Length];
        for (var i = 0; i < mask.Length; i++)
        {
            mask[i] = period[i] && (member is null || member[i]);
        }

        return mask;
    }

    private static IEnumerable<(string? By, string? Value, bool[]? Member)> Domains(IReadOnlyList<ScoreRespondent> rows, ScoreBreakdown breakdown)
    {
        yield return (null, null, null);
        var isRdd = rows.Count > 0 && rows[0].Record.RddNumberId is not null;
        var columns = breakdown switch
        {
            ScoreBreakdown.UserGroup => ["user_group"],
            ScoreBreakdown.Division => ["division"],
            ScoreBreakdown.Month => ["month"],
            ScoreBreakdown.Quarter => ["quarter"],
            _ => isRdd ? new[] { "division" } : ["user_group", "division"],
        };
        foreach (var column in columns)
        {
            Func<ResponseRecord, string> valueOf = column switch
            {
                "user_group" => r => r.UserGroup,
                "division" => r => r.Division.Length == 0 ? "unknown" : r.Division,
                "month" => r => r.InterviewDate.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                _ => r => string.Create(CultureInfo.InvariantCulture, $"{r.InterviewDate.Year}-Q{((r.InterviewDate.Month - 1) / 3) + 1}"),
            };
            var values = rows.Select(r => valueOf(r.Record)).ToArray();
            foreach (var level in values.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                yield return (column, level, values.Select(v => v == level).ToArray());
            }
        }
    }

    private sealed record ProgrammeDesign(IReadOnlyList<ScoreRespondent> Rows, SurveyDesign Design, string Weighting, IReadOnlyList<Core.Questionnaires.Measure> Measures, IReadOnlyList<string> Warnings);
}
