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

    /// <summary>Weighted "% satisfied" per measure, overall and by domain (R <c>svymean</c> / <c>svyciprop</c>).</summary>
    /// <exception cref="InvalidInputException">Bad input: the message says where and why.</exception>
    public EstimateResult Estimate(EstimateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (table, design, warnings) = SurveyDesignLoader.Load(request.Data, request.Design);
        string[]? levels = null;
        int[]? groups = null;
        if (request.By is not null)
        {
            groups = table.Codes(request.By, out levels);
        }

        var blocks = new List<ProportionEstimate>();
        foreach (var measure in request.Measures)
        {
            var indicator = ProportionEstimator.Indicators(table.Doubles(measure, allowMissing: true), request.Rule);
            try
            {
                blocks.AddRange(groups is null
                    ? [ProportionEstimator.Estimate(design, measure, indicator, request.Methods, request.Level)]
                    : ProportionEstimator.EstimateByGroup(design, measure, indicator, request.Methods, request.Level, request.By!, groups, levels!));
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
}
