using System.Globalization;
using ScottPlot;

namespace Satisfaction.Reporting.Charts;

/// <summary>
/// The analysts' three charts, drawn with ScottPlot as PNG and SVG, sized to read at A4 width (1,000 x 560 pixels
/// by default, about 17 cm at 150 dpi). Every chart carries its period and bases in its title or labels.
/// </summary>
public static class Charts
{
    /// <summary>Default width in pixels.</summary>
    public const int DefaultWidth = 1000;

    /// <summary>Default height in pixels.</summary>
    public const int DefaultHeight = 560;

    private static readonly Color Ink = Color.FromHex("#1f3b57");
    private static readonly Color Accent = Color.FromHex("#c0392b");
    private static readonly Color Band = Color.FromHex("#1f3b57").WithAlpha(0.18);

    /// <summary>
    /// The MSG (or national) comparison: forces sorted from best to worst, each a point with its interval bars, the
    /// MSG average as a dashed line, the force highlighted.
    /// </summary>
    /// <param name="forces">One point per force (the force with <see cref="ChartPoint.Highlight"/>).</param>
    /// <param name="msgAverage">The MSG average (0-100), or null for none.</param>
    /// <param name="title">Measure and period, e.g. "Whole experience, 12 months to 30 Sep 2016".</param>
    /// <param name="width">Width in pixels (200 or more).</param>
    /// <param name="height">Height in pixels (150 or more).</param>
    /// <exception cref="ArgumentException">No points.</exception>
    public static ChartImage MsgComparison(IReadOnlyList<ChartPoint> forces, double? msgAverage, string title, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(forces);
        if (forces.Count == 0)
        {
            throw new ArgumentException("nothing to plot: no forces", nameof(forces));
        }

        var sorted = forces.OrderByDescending(f => f.Percent).ThenBy(f => f.Label, StringComparer.Ordinal).ToList();
        var plot = NewPlot(title + BaseNote(sorted));
        for (var i = 0; i < sorted.Count; i++)
        {
            AddPoint(plot, i, sorted[i], sorted[i].Highlight ? Accent : Ink);
        }

        if (msgAverage is { } average)
        {
            var line = plot.Add.HorizontalLine(average);
            line.LinePattern = LinePattern.Dashed;
            line.Color = Ink;
            line.LegendText = string.Create(CultureInfo.InvariantCulture, $"MSG average {average:0.0}%");
            plot.ShowLegend(Alignment.LowerLeft);
        }

        Categories(plot, sorted.Select(f => f.Label).ToList(), rotate: sorted.Count > 8);
        plot.YLabel("% at least fairly satisfied");
        return Render(plot, width, height);
    }

    /// <summary>A monthly (or quarterly) series: the estimate as a line with its interval as a shaded band.</summary>
    /// <param name="periods">One point per period, in time order.</param>
    /// <param name="title">Measure and domain, e.g. "Whole experience, force, by month".</param>
    /// <param name="width">Width in pixels (200 or more).</param>
    /// <param name="height">Height in pixels (150 or more).</param>
    /// <exception cref="ArgumentException">No points.</exception>
    public static ChartImage Series(IReadOnlyList<ChartPoint> periods, string title, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(periods);
        if (periods.Count == 0)
        {
            throw new ArgumentException("nothing to plot: no periods", nameof(periods));
        }

        var plot = NewPlot(title + BaseNote(periods));
        var xs = Enumerable.Range(0, periods.Count).Select(i => (double)i).ToArray();
        var withBand = periods.Select((p, i) => (p, i)).Where(t => double.IsFinite(t.p.Low) && double.IsFinite(t.p.High)).ToList();
        if (withBand.Count > 1)
        {
            var fill = plot.Add.FillY(
                [.. withBand.Select(t => (double)t.i)],
                [.. withBand.Select(t => t.p.High)],
                [.. withBand.Select(t => t.p.Low)]);
            fill.FillColor = Band;
            fill.LineColor = Colors.Transparent;
            fill.LegendText = "95% interval";
        }

        var line = plot.Add.Scatter(xs, [.. periods.Select(p => p.Percent)]);
        line.Color = Ink;
        line.LineWidth = 2;
        line.MarkerSize = 6;
        line.LegendText = "estimate";
        plot.ShowLegend(Alignment.LowerLeft);
        Categories(plot, periods.Select(p => p.Label).ToList(), rotate: periods.Count > 12);
        plot.YLabel("% at least fairly satisfied");
        return Render(plot, width, height);
    }

    /// <summary>The five measures side by side, each a point with its interval bars and its base under the label.</summary>
    /// <param name="measures">One point per measure, in the order to show.</param>
    /// <param name="title">Domain and period, e.g. "Force, 12 months to 30 Nov 2026".</param>
    /// <param name="width">Width in pixels (200 or more).</param>
    /// <param name="height">Height in pixels (150 or more).</param>
    /// <exception cref="ArgumentException">No points.</exception>
    public static ChartImage Measures(IReadOnlyList<ChartPoint> measures, string title, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(measures);
        if (measures.Count == 0)
        {
            throw new ArgumentException("nothing to plot: no measures", nameof(measures));
        }

        var plot = NewPlot(title);
        for (var i = 0; i < measures.Count; i++)
        {
            AddPoint(plot, i, measures[i], measures[i].Highlight ? Accent : Ink);
        }

        Categories(plot, measures.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Label}\nn = {m.Base}")).ToList(), rotate: false);
        plot.YLabel("% at least fairly satisfied");
        return Render(plot, width, height);
    }

    private static Plot NewPlot(string title)
    {
        var plot = new Plot();
        plot.Font.Set(Fonts.Sans);
        plot.Title(title, size: 16);
        plot.Axes.Left.Label.FontSize = 14;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Grid.MajorLineColor = Color.FromHex("#e5e5e5");
        return plot;
    }

    private static void AddPoint(Plot plot, int x, ChartPoint point, Color color)
    {
        if (double.IsFinite(point.Low) && double.IsFinite(point.High))
        {
            // Intervals are not symmetric (Wilson, logit, beta), so each is drawn as its own segment with caps.
            var bar = plot.Add.Line(x, point.Low, x, point.High);
            bar.Color = color;
            bar.LineWidth = 2;
            foreach (var y in new[] { point.Low, point.High })
            {
                var cap = plot.Add.Line(x - 0.12, y, x + 0.12, y);
                cap.Color = color;
                cap.LineWidth = 2;
            }
        }

        var marker = plot.Add.Marker(x, point.Percent);
        marker.Color = color;
        marker.Size = point.Highlight ? 12 : 9;
    }

    private static void Categories(Plot plot, List<string> labels, bool rotate)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < labels.Count; i++)
        {
            ticks.AddMajor(i, labels[i]);
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        if (rotate)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        }

        plot.Axes.SetLimitsX(-0.6, labels.Count - 0.4);
    }

    private static string BaseNote(IReadOnlyList<ChartPoint> points)
    {
        var min = points.Min(p => p.Base);
        var max = points.Max(p => p.Base);
        return min == max
            ? string.Create(CultureInfo.InvariantCulture, $" (base {min} each)")
            : string.Create(CultureInfo.InvariantCulture, $" (bases {min} to {max})");
    }

    private static ChartImage Render(Plot plot, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 200);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 150);
        var png = plot.GetImageBytes(width, height, ImageFormat.Png);
        var svg = plot.GetSvgXml(width, height);
        return new ChartImage(png, svg, width, height);
    }
}
