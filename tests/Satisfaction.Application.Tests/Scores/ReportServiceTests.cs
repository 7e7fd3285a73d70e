using System.Globalization;
using Satisfaction.Application.Scores;
using Satisfaction.Application.Statistics;
using Satisfaction.Reporting.Report;

namespace Satisfaction.Application.Tests.Scores;

public sealed class ReportServiceTests
{
    [Fact]
    public async Task Every_figure_of_the_report_is_the_scores_figure_and_the_page_is_self_contained()
    {
        using var store = new FieldworkStore();
        store.SeedTwoYears(seed: 21);
        var folder = Path.Combine(store.Folder, "report");
        using var db = store.Open();
        var outcome = await new ReportService(store.Service(), db).BuildAsync(FieldworkStore.AsOf, folder, CancellationToken.None);
        var scores = await store.Service().RunAsync(new ScoreRequest(FieldworkStore.AsOf), CancellationToken.None);

        var table = CsvTable.Read(outcome.CsvPath);
        var inYear = scores.Estimates.Where(e => e.Period == ScorePeriods.InYear).ToList();
        Assert.Equal(inYear.Count, table.RowCount);
        var html = File.ReadAllText(outcome.HtmlPath);
        for (var i = 0; i < table.RowCount; i++)
        {
            var e = inYear[i].Estimate;
            Assert.Equal(e.Measure, table.Cell(i, table.ColumnIndex("measure")));
            Assert.Equal(e.Domain ?? string.Empty, table.Cell(i, table.ColumnIndex("domain")));
            Assert.Equal(e.N, int.Parse(table.Cell(i, table.ColumnIndex("n")), CultureInfo.InvariantCulture));
            var shown = table.Cell(i, table.ColumnIndex("proportion"));
            if (e.N < 30)
            {
                Assert.Equal(string.Empty, shown);
                continue;
            }

            Assert.Equal(e.Proportion, double.Parse(shown, CultureInfo.InvariantCulture), 15);
            Assert.Equal(e.Ci[0].Value.Lower, double.Parse(table.Cell(i, table.ColumnIndex("ci_lower")), CultureInfo.InvariantCulture), 15);
            Assert.Contains(">" + (e.Proportion * 100).ToString("0.0", CultureInfo.InvariantCulture) + "</td>", html, StringComparison.Ordinal);
            var change = scores.Changes.FirstOrDefault(c => c.InYear.Estimate == e);
            var difference = table.Cell(i, table.ColumnIndex("difference"));
            if (change is not null && change.Previous.Estimate.N >= 30)
            {
                Assert.Equal(change.Difference.Difference, double.Parse(difference, CultureInfo.InvariantCulture), 15);
                Assert.Equal(change.Significant ? "true" : "false", table.Cell(i, table.ColumnIndex("significant")));
            }
        }

        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.True(System.Text.RegularExpressions.Regex.Count(html, "<svg") >= 2, "the measures chart and the monthly series");
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http", html, StringComparison.Ordinal);
        Assert.Contains("Methods and caveats", html, StringComparison.Ordinal);
        Assert.Contains("nonresponse adjustment within draw x stratum", html, StringComparison.Ordinal);
        Assert.Contains("Response rates", html, StringComparison.Ordinal);
        Assert.NotNull(outcome.Headline);
        Assert.StartsWith("Whole experience (uss)", outcome.Headline, StringComparison.Ordinal);
    }
}
