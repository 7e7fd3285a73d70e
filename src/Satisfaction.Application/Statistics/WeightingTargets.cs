using Satisfaction.Core.Statistics.Weighting;

namespace Satisfaction.Application.Statistics;

/// <summary>What a margins file asks the weights to meet: category margins, and numeric totals (rows with a blank level).</summary>
/// <param name="Margins">Category margins, in file order (raking order; first level = calibration reference).</param>
/// <param name="Totals">Numeric variables with their population totals, in file order; empty when none.</param>
/// <param name="FirstTotalLine">Line of the margins file holding the first numeric total (0 when none), for messages.</param>
public sealed record WeightingTargets(IReadOnlyList<WeightingMargin> Margins, IReadOnlyList<CalibrationTotal> Totals, long FirstTotalLine);
