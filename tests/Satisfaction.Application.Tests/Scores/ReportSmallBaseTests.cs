using System.Globalization;
using System.Text.RegularExpressions;
using Satisfaction.Application.Statistics;
using Satisfaction.Reporting.Report;

namespace Satisfaction.Application.Tests.Scores;

/// <summary>The report's small-base rules on domains of known size, and its CSV tables equal to its HTML tables.</summary>
public sealed partial class ReportSmallBaseTests
{
    [Fact]
    public async Task Report_SmallDomains_FlagsUnder50_SuppressesUnder30_AndTheCsvEqualsTheHtml()
    {
        using var store = new FieldworkStore();
        var draw = store.AddDraw(new DateOnly(2026, 6, 15));
        // Respondents: burglary/EAST 60, vehicle/WEST 40, burglary/SOUTH 20, so the divisions have n = 60, 40 and 20
        // and the user groups 80 and 40.
        foreach (var (group, division, respondents) in new[] { ("burglary", "EAST", 60), ("vehicle", "WEST", 40), ("burglary", "SOUTH", 20) })
        {
            var cases = store.AddStratum(draw, group, division, eligible: 200, sampled: 100);
            for (var i = 0; i < respondents; i++)
            {
                store.AddInterview(cases[i], new DateOnly(2026, 8, 1), true, FieldworkStore.Five(i % 3 == 0 ? 5 : 2));
            }
        }

        using var db = store.Open();
        var outcome = await new ReportService(store.Service(), db).BuildAsync(FieldworkStore.AsOf, Path.Combine(store.Folder, "report"), CancellationToken.None);

        var csv = CsvTable.Read(outcome.CsvPath);
        var html = await File.ReadAllTextAsync(outcome.HtmlPath);
        var htmlRows = HtmlRow().Matches(html).ToList();
        Assert.Equal(csv.RowCount, htmlRows.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < csv.RowCount; i++)
        {
            string Cell(string column) => csv.Cell(i, csv.ColumnIndex(column));
            var n = int.Parse(Cell("n"), CultureInfo.InvariantCulture);
            var row = htmlRows[i].Groups;
            var by = Cell("by");
            Assert.Equal(Cell("measure_title"), System.Net.WebUtility.HtmlDecode(row["measure"].Value));
            Assert.Equal(by.Length == 0 ? "force" : $"{by}: {Cell("domain")}", System.Net.WebUtility.HtmlDecode(row["domain"].Value));
            Assert.Equal(n, int.Parse(row["n"].Value, CultureInfo.InvariantCulture));
            var expectedFlag = n == 0 ? "no_base" : n < 30 ? "suppressed" : n < 50 ? "caution" : string.Empty;
            Assert.Equal(expectedFlag, Cell("base_flag"));
            seen.Add(expectedFlag);
            Assert.Equal(expectedFlag == "caution", row["flag"].Success);
            if (n < 30)
            {
                Assert.Equal(string.Empty, Cell("proportion"));
                Assert.Equal(string.Empty, Cell("ci_lower"));
                Assert.Contains("suppressed (n &lt; 30)", row["rest"].Value, StringComparison.Ordinal);
            }
            else
            {
                var p = double.Parse(Cell("proportion"), CultureInfo.InvariantCulture);
                var lower = double.Parse(Cell("ci_lower"), CultureInfo.InvariantCulture);
                var upper = double.Parse(Cell("ci_upper"), CultureInfo.InvariantCulture);
                Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"<td>{p * 100:0.0}</td><td>{lower * 100:0.0} to {upper * 100:0.0}</td>"), row["rest"].Value, StringComparison.Ordinal);
            }
        }

        Assert.Contains("suppressed", seen);
        Assert.Contains("caution", seen);
        Assert.Contains(string.Empty, seen);
        // Division SOUTH (n = 20) is suppressed for every measure; WEST (n = 40) flagged; EAST (n = 60) neither.
        int Count(string domain, string flag) => Enumerable.Range(0, csv.RowCount)
            .Count(i => csv.Cell(i, csv.ColumnIndex("domain")) == domain && csv.Cell(i, csv.ColumnIndex("base_flag")) == flag);
        Assert.Equal(5, Count("SOUTH", "suppressed"));
        Assert.Equal(5, Count("WEST", "caution"));
        Assert.Equal(5, Count("EAST", string.Empty));
    }

    [GeneratedRegex("<tr><td class=\"l\">(?<measure>[^<]*)</td><td class=\"l\">(?<domain>[^<]*)</td><td>(?<n>[0-9]+)(?<flag><span class=\"flag\">!</span>)?</td>(?<rest>.*?)</tr>")]
    private static partial Regex HtmlRow();
}
