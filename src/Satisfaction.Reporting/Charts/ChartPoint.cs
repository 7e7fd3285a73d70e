namespace Satisfaction.Reporting.Charts;

/// <summary>One estimate to plot: a label, the percentage and its interval (0-100), its unweighted base.</summary>
/// <param name="Label">Force, month or measure label, as shown on the axis.</param>
/// <param name="Percent">The estimate, 0-100.</param>
/// <param name="Low">Lower bound of its interval, 0-100; NaN when there is none (the point is drawn without bars).</param>
/// <param name="High">Upper bound of its interval, 0-100; NaN when there is none.</param>
/// <param name="Base">Unweighted base (respondents).</param>
/// <param name="Highlight">Drawn in the highlight colour (the force itself).</param>
public sealed record ChartPoint(string Label, double Percent, double Low, double High, int Base, bool Highlight = false);
