using System.Globalization;
using Satisfaction.Application.Statistics;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core.Statistics;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary>
/// The readable <c>--format table</c> of the <c>stats</c> commands, as a performance report prints figures:
/// percentages to one decimal with their intervals, the base n, and the method once under the table. JSON and
/// CSV keep full precision; this is for reading. Text from the data (measure and domain names) is made safe for
/// the terminal.
/// </summary>
internal static class StatsTable
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The format to write: the one asked for, else table on a terminal and json otherwise (a pipe, a file, --out).</summary>
    public static string Resolve(string? format, CliHost host, string? outFile) =>
        format ?? (outFile is null && ReferenceEquals(host.Out, Console.Out) && !Console.IsOutputRedirected ? "table" : "json");

    /// <summary>Proportion blocks: one row per measure and domain, one interval column per method.</summary>
    public static void WriteEstimates(TextWriter writer, IReadOnlyList<ProportionEstimate> blocks)
    {
        if (blocks.Count == 0)
        {
            return;
        }

        var methods = blocks[0].Ci.Select(c => c.Key).ToList();
        var level = Percent(blocks[0].CiLevel, 0);
        writer.WriteLine($"% yes (weighted), {level}% intervals; n = respondents with a valid answer; deff = design effect");
        var header = new List<string> { "measure", "domain", "%", "SE" };
        header.AddRange(methods.Select(m => m + " " + level + "%"));
        header.AddRange(["n", "deff"]);
        var rows = blocks.Select(b =>
        {
            var row = new List<string> { b.Measure, DomainText(b.By, b.Domain), Percent(b.Proportion, 1), Percent(b.Se, 2) };
            row.AddRange(b.Ci.Select(c => Interval(c.Value, v => Percent(v, 1))));
            row.AddRange([b.N.ToString(Inv), Number(b.Deff, "0.00")]);
            return row;
        }).ToList();
        WriteRows(writer, header, rows, rightFrom: 2);
        WriteMethods(writer, blocks.Select(b => b.Method));
    }

    /// <summary>Means, totals and ratios: estimate, SE, normal (R confint) and t intervals, n, deff.</summary>
    public static void WriteNumeric(TextWriter writer, IReadOnlyList<NumericEstimate> estimates)
    {
        if (estimates.Count == 0)
        {
            return;
        }

        var level = Percent(estimates[0].Level, 0);
        writer.WriteLine($"weighted {string.Join(", ", estimates.Select(e => StatsOutput.StatisticName(e.Statistic)).Distinct())}; {level}% intervals (normal as R confint, t on the design df); n = respondents with a value");
        string[] header = ["measure", "statistic", "domain", "estimate", "SE", $"normal {level}%", $"t {level}%", "n", "deff"];
        var rows = estimates.Select(e => new List<string>
        {
            e.Measure,
            e.Denominator is null ? StatsOutput.StatisticName(e.Statistic) : $"ratio to {e.Denominator}{(e.Scale == 1 ? "" : string.Create(Inv, $" per {e.Scale:G}"))}",
            DomainText(e.By, e.Domain),
            Number(e.Estimate, "G6"),
            Number(e.Se, "G4"),
            Interval(e.Normal, v => Number(v, "G6")),
            Interval(e.T, v => Number(v, "G6")),
            e.N.ToString(Inv),
            Number(e.Deff, "0.00"),
        }).ToList();
        WriteRows(writer, header, rows, rightFrom: 3);
        WriteMethods(writer, estimates.Select(e => e.Method));
    }

    /// <summary>Comparisons: each group's % and interval, the change in points with its interval, p and verdict.</summary>
    public static void WriteComparisons(TextWriter writer, IReadOnlyList<StatsComparison> comparisons)
    {
        if (comparisons.Count == 0)
        {
            return;
        }

        var level = comparisons[0].Level;
        var pct = Percent(level, 0);
        writer.WriteLine($"% yes (weighted) with {pct}% logit intervals; change a - b in percentage points with its {pct}% interval; p from the svyglm t test");
        string[] header = ["measure", "a", "% a", $"{pct}% a", "n a", "b", "% b", $"{pct}% b", "n b", "change", $"{pct}% change", "p", "significant"];
        var rows = comparisons.Select(c =>
        {
            var ci = c.Difference.ConfidenceInterval(level);
            return new List<string>
            {
                c.A.Measure,
                DomainText(c.A.By, c.A.Domain),
                Percent(c.A.Proportion, 1),
                Interval(c.A.Ci.Count > 0 ? c.A.Ci[0].Value : null, v => Percent(v, 1)),
                c.A.N.ToString(Inv),
                DomainText(c.B.By, c.B.Domain),
                Percent(c.B.Proportion, 1),
                Interval(c.B.Ci.Count > 0 ? c.B.Ci[0].Value : null, v => Percent(v, 1)),
                c.B.N.ToString(Inv),
                Points(c.Difference.Difference),
                Interval(ci, Points),
                Number(c.Difference.SvyglmPValue, "0.000"),
                c.Difference.IsSignificant(level) ? "yes" : "no",
            };
        }).ToList();
        WriteRows(writer, header, rows, rightFrom: 2);
        WriteMethods(writer, comparisons.Select(c => c.Method));
    }

    private static string DomainText(string? by, string? domain) => by is null ? "all" : $"{by}={domain}";

    private static string Percent(double p, int decimals) =>
        double.IsFinite(p) ? (100 * p).ToString("F" + decimals.ToString(Inv), Inv) : "-";

    private static string Points(double d) => double.IsFinite(d) ? (100 * d).ToString("+0.0;-0.0;0.0", Inv) : "-";

    private static string Number(double v, string format) => double.IsFinite(v) ? v.ToString(format, Inv) : "-";

    private static string Interval(CiBounds? ci, Func<double, string> format) =>
        ci is { } b && double.IsFinite(b.Lower) && double.IsFinite(b.Upper) ? $"{format(b.Lower)} to {format(b.Upper)}" : "-";

    private static void WriteRows(TextWriter writer, IReadOnlyList<string> header, List<List<string>> rows, int rightFrom)
    {
        var safe = rows.Select(r => r.Select(TerminalText.Safe).ToList()).ToList();
        var widths = header.Select((h, k) => Math.Max(h.Length, safe.Count == 0 ? 0 : safe.Max(r => r[k].Length))).ToArray();
        writer.WriteLine(Line(header, widths, rightFrom));
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in safe)
        {
            writer.WriteLine(Line(row, widths, rightFrom));
        }
    }

    private static string Line(IReadOnlyList<string> cells, int[] widths, int rightFrom) =>
        string.Join("  ", cells.Select((c, k) => k >= rightFrom ? c.PadLeft(widths[k]) : c.PadRight(widths[k]))).TrimEnd();

    private static void WriteMethods(TextWriter writer, IEnumerable<string> methods)
    {
        foreach (var method in methods.Distinct())
        {
            writer.WriteLine(TerminalText.Safe("method: " + method));
        }
    }
}
