using System.Buffers.Binary;
using System.Xml.Linq;
using Satisfaction.Reporting.Charts;

namespace Satisfaction.Reporting.Tests;

/// <summary>The three charts render as PNG and SVG of the asked size, with their titles and labels in the drawing.</summary>
public sealed class ChartsTests
{
    private static readonly ChartPoint[] Forces =
    [
        new("Northumbria", 90.8, 88.9, 92.4, 1210),
        new("Kent", 83.0, 80.8, 85.0, 1190),
        new("South Wales", 82.4, 80.1, 84.5, 1150),
        new("Lancashire", 78.6, 76.1, 80.9, 1100, Highlight: true),
        new("Humberside", 80.0, 77.6, 82.2, 1080),
    ];

    [Fact]
    public void MsgComparison_IsAPngAndAnSvgOfTheAskedSize()
    {
        var image = Charts.Charts.MsgComparison(Forces, 83.56, "Whole experience, 12 months to 30 Sep 2016");

        Assert.Equal((1000, 560), PngSize(image.Png));
        Assert.True(image.Png.Length > 5_000, $"PNG of {image.Png.Length} bytes is too small to hold a chart");
        var svg = XDocument.Parse(image.Svg).Root!;
        Assert.Equal("1000", svg.Attribute("width")?.Value);
        Assert.Equal("560", svg.Attribute("height")?.Value);
        var texts = Texts(image.Svg);
        Assert.Contains("Whole experience, 12 months to 30 Sep 2016 (bases 1080 to 1210)", texts);
        Assert.Contains("MSG average 83.6%", texts);
        Assert.Contains("Lancashire", texts);
    }

    [Fact]
    public void MsgComparison_SortsForcesFromBestToWorst()
    {
        var image = Charts.Charts.MsgComparison(Forces, null, "Whole experience");

        // Axis labels are drawn left to right, so their order in the drawing is the order on the axis.
        var labels = Texts(image.Svg).Where(t => Forces.Any(f => f.Label == t)).ToList();
        Assert.Equal(["Northumbria", "Kent", "South Wales", "Humberside", "Lancashire"], labels);
    }

    [Fact]
    public void Series_DrawsEveryPeriodLabel_AtACustomSize()
    {
        var months = Enumerable.Range(0, 12)
            .Select(i => new ChartPoint(new DateOnly(2026, 1, 1).AddMonths(i).ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture), 80 + (i % 3), 75 + (i % 3), 85 + (i % 3), 40 + i))
            .ToList();

        var image = Charts.Charts.Series(months, "Whole experience, force, by month", 1200, 700);

        Assert.Equal((1200, 700), PngSize(image.Png));
        var texts = Texts(image.Svg);
        Assert.Contains("Jan 2026", texts);
        Assert.Contains("Dec 2026", texts);
        Assert.Contains("Whole experience, force, by month (bases 40 to 51)", texts);
    }

    [Fact]
    public void Measures_ShowsEachMeasureWithItsBase()
    {
        string[] names = ["Ease of contact", "Police actions", "Follow-up", "Treatment", "Whole experience"];
        var points = names.Select((n, i) => new ChartPoint(n, 75 + (3 * i), 70 + (3 * i), 80 + (3 * i), 500 - i)).ToList();

        var image = Charts.Charts.Measures(points, "Force, 12 months to 30 Nov 2026");

        Assert.Equal((1000, 560), PngSize(image.Png));
        var texts = string.Join("\n", Texts(image.Svg));
        Assert.All(names, n => Assert.Contains(n, texts, StringComparison.Ordinal));
        Assert.Contains("n = 496", texts, StringComparison.Ordinal);
    }

    [Fact]
    public void PointWithoutInterval_IsDrawnWithoutBars()
    {
        var image = Charts.Charts.Measures([new ChartPoint("Treatment", 91.1, double.NaN, double.NaN, 25)], "Small base");

        Assert.Equal((1000, 560), PngSize(image.Png));
    }

    [Fact]
    public void NoPoints_IsAnError()
    {
        Assert.Throws<ArgumentException>(() => Charts.Charts.Series([], "empty"));
    }

    private static List<string> Texts(string svg)
    {
        XNamespace ns = "http://www.w3.org/2000/svg";
        return XDocument.Parse(svg).Descendants(ns + "text").Select(t => t.Value.Trim()).ToList();
    }

    private static (int Width, int Height) PngSize(byte[] png)
    {
        // PNG signature, then the IHDR chunk: length (4), type "IHDR" (4), width (4, big-endian), height (4).
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }
}
