using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Satisfaction.Core;
using Satisfaction.Core.Statistics;

namespace Satisfaction.Application.Statistics;

/// <summary>
/// The estimation use cases of the analysts' <c>stats</c> commands, the nightly scores job and the report:
/// read the respondents, build the design (weighting first when asked), estimate, with every error naming the
/// file, line and column.
/// </summary>
/// <remarks>Logs counts only (rows, blocks), never a respondent's value.</remarks>
public sealed class SurveyEstimates(ILogger<SurveyEstimates>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<SurveyEstimates>.Instance;

    /// <summary>
    /// Weighted "% satisfied" per measure (R <c>svymean</c> / <c>svyciprop</c>), or the mean, total or ratio of
    /// numeric measures (R <c>svymean</c>, <c>svytotal</c>, <c>svyratio</c>), overall and by (crossed) domains.
    /// </summary>
    /// <exception cref="InvalidInputException">Bad input: the message says where and why.</exception>
    public EstimateResult Estimate(EstimateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (table, design, warnings) = SurveyDesignLoader.Load(request.Data, request.Design);
        var by = request.By.Count == 0 ? null : string.Join(",", request.By);
        string[]? levels = null;
        int[]? groups = null;
        if (request.By.Count > 0)
        {
            groups = Domains.Codes(table, request.By, out levels);
        }

        if (request.Statistic is { } statistic)
        {
            var numeric = EstimateNumeric(request, table, design, statistic, by, groups, levels);
            _logger.LogInformation("{File}: {Rows} rows, {Blocks} estimates ({Design})", table.FileName, table.RowCount, numeric.Count, design.Describe());
            return new EstimateResult([], warnings) { Numeric = numeric };
        }

        var blocks = new List<ProportionEstimate>();
        foreach (var measure in request.Measures)
        {
            var codes = table.Doubles(measure, allowMissing: true);
            var indicator = ProportionEstimator.Indicators(codes, request.Rule);
            if (indicator.All(double.IsNaN))
            {
                throw NoValidCode(table, measure, codes, request.Rule);
            }

            try
            {
                blocks.AddRange(groups is null
                    ? [ProportionEstimator.Estimate(design, measure, indicator, request.Methods, request.Level)]
                    : ProportionEstimator.EstimateByGroup(design, measure, indicator, request.Methods, request.Level, by!, groups, levels!));
            }
            catch (InvalidInputException ex)
            {
                // A domain without a valid answer for this measure: name the file and the column.
                throw InvalidInputException.At(table.FileName, null, measure, ex.Message + " (no row has a valid code)");
            }
        }

        _logger.LogInformation("{File}: {Rows} rows, {Blocks} estimate blocks ({Design})", table.FileName, table.RowCount, blocks.Count, design.Describe());
        return new EstimateResult(blocks, warnings);
    }

    /// <summary>The difference a - b of a measure between two groups, with its SE (covariance included) and tests.</summary>
    /// <exception cref="InvalidInputException">Bad input: the message says where and why.</exception>
    public StatsComparison Compare(CompareRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (table, design, warnings) = SurveyDesignLoader.Load(request.Data, request.Design);
        var indicator = ProportionEstimator.Indicators(table.Doubles(request.Measure, allowMissing: true), request.Rule);
        var period = table.Strings(request.Period);
        var inA = period.Select(v => v == request.A).ToArray();
        var inB = period.Select(v => v == request.B).ToArray();
        try
        {
            _logger.LogInformation("{File}: {Rows} rows, comparing {Measure} between {A} and {B} of {Period}", table.FileName, table.RowCount, request.Measure, request.A, request.B, request.Period);
            var difference = DomainComparison.Compare(design, indicator, inA, inB, $"{request.Period} = {request.A}", $"{request.Period} = {request.B}");
            SurveyCiMethod[] logit = [SurveyCiMethod.Logit];
            return new StatsComparison(
                ProportionEstimator.Estimate(design, request.Measure, indicator, logit, request.Level, inA, request.Period, request.A),
                ProportionEstimator.Estimate(design, request.Measure, indicator, logit, request.Level, inB, request.Period, request.B),
                difference,
                request.Level)
            {
                Warnings = warnings,
            };
        }
        catch (InvalidInputException ex)
        {
            throw InvalidInputException.At(table.FileName, null, request.Period, ex.Message + $" (no row with a valid '{request.Measure}' code has that value)");
        }
    }

    private static List<NumericEstimate> EstimateNumeric(
        EstimateRequest request, CsvTable table, SurveyDesign design, NumericStatistic statistic, string? by, int[]? groups, string[]? levels)
    {
        (string, double[])? denominator = null;
        if (statistic == NumericStatistic.Ratio)
        {
            var name = request.Denominator ?? throw new InvalidInputException("a ratio needs --denominator COL.");
            denominator = (name, Values(table, name, request.ValidValues));
        }

        var result = new List<NumericEstimate>();
        foreach (var measure in request.Measures)
        {
            var values = Values(table, measure, request.ValidValues);
            try
            {
                result.Add(NumericEstimator.Estimate(design, measure, values, statistic, request.Level, denominator, request.Scale));
                for (var g = 0; groups is not null && g < levels!.Length; g++)
                {
                    var mask = new bool[groups.Length];
                    for (var i = 0; i < mask.Length; i++)
                    {
                        mask[i] = groups[i] == g;
                    }

                    result.Add(NumericEstimator.Estimate(design, measure, values, statistic, request.Level, denominator, request.Scale, mask, by, levels[g]));
                }
            }
            catch (InvalidInputException ex)
            {
                throw InvalidInputException.At(table.FileName, null, measure, ex.Message);
            }
        }

        return result;
    }

    /// <summary>A numeric column, values outside <paramref name="valid"/> (when given) as missing.</summary>
    private static double[] Values(CsvTable table, string column, IReadOnlySet<int>? valid)
    {
        var values = table.Doubles(column, allowMissing: true);
        if (valid is not null)
        {
            for (var i = 0; i < values.Length; i++)
            {
                if (!(values[i] == Math.Floor(values[i]) && Math.Abs(values[i]) < int.MaxValue && valid.Contains((int)values[i])))
                {
                    values[i] = double.NaN;
                }
            }
        }

        if (values.All(double.IsNaN))
        {
            throw InvalidInputException.At(table.FileName, null, column, valid is null ? "the column has no values." : $"no value is one of the valid codes ({valid.Count} codes).");
        }

        return values;
    }

    /// <summary>The error for a measure none of whose values is a valid code: say whether it looks numeric.</summary>
    private static InvalidInputException NoValidCode(CsvTable table, string measure, double[] codes, MeasureRule rule)
    {
        var present = codes.Where(v => !double.IsNaN(v)).ToArray();
        var validText = $"{rule.ValidCodes.Min()}-{rule.ValidCodes.Max()}";
        if (present.Length == 0)
        {
            return InvalidInputException.At(table.FileName, null, measure, "the column has no values; there is nothing to estimate.");
        }

        return InvalidInputException.At(table.FileName, null, measure, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"no value is a valid code ({validText}, --valid); its values run from {present.Min():G6} to {present.Max():G6}, so it looks like a numeric variable: estimate its mean, total or ratio with --statistic mean|total|ratio."));
    }
}
