namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>
/// A numeric calibration variable with its known population total, as a numeric term of R's
/// <c>calibrate(design, ~group + x, population = c(..., T_x))</c>: the model matrix column is the variable
/// itself and the weighted sample total must meet <paramref name="Total"/>.
/// </summary>
/// <param name="Name">Variable name, used in messages (e.g. <c>api99</c>).</param>
/// <param name="Values">The variable's value on every design row, in row order (finite numbers; any sign).</param>
/// <param name="Total">Population total of the variable (finite; in the variable's units).</param>
public sealed record CalibrationTotal(string Name, IReadOnlyList<double> Values, double Total);
