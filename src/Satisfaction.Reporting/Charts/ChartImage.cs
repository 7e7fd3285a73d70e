namespace Satisfaction.Reporting.Charts;

/// <summary>A rendered chart: PNG bytes and SVG text of the same drawing, and its size in pixels.</summary>
/// <param name="Png">The PNG file's bytes.</param>
/// <param name="Svg">The SVG document.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public sealed record ChartImage(byte[] Png, string Svg, int Width, int Height);
