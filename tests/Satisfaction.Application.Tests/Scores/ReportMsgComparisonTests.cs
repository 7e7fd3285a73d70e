using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Satisfaction.Application.Scores;
using Satisfaction.Core;
using Satisfaction.Reporting.Report;

namespace Satisfaction.Application.Tests.Scores;

/// <summary>The report's MSG comparison: one chart per measure embedded in the page, the force's figures those of the engine.</summary>
public sealed class ReportMsgComparisonTests
{
    [Fact]
    public async Task Report_WithPeers_EmbedsAChartPerMeasureAndTheForcesFiguresAreTheEngines()
    {
        using var store = new FieldworkStore();
        store.SeedTwoYears(seed: 21);
        var scores = await store.Service().RunAsync(new ScoreRequest(FieldworkStore.AsOf, "uss"), CancellationToken.None);
        var force = scores.Estimates.Where(e => e.Period == ScorePeriods.InYear && e.Estimate.By is null && e.Estimate.N > 0).ToList();
        Assert.NotEmpty(force);
        var peers = Path.Combine(store.Folder, "peers.csv");
        var text = new StringBuilder("force,in_msg,measure,period_end,respondents,satisfied_pct,ci_low,ci_high\n");
        foreach (var e in force)
        {
            var pct = Math.Round(100 * e.Estimate.Proportion, 6);
            // In the MSG: one force above, two below (the force 2nd of 4); two non-MSG forces above (4th of 6 nationally).
            text.Append(Row("Demo", true, e.Estimate.Measure, 12.5, 400)); // the file's own row: replaced by the store's
            var above = Math.Min(100, pct + 0.4);
            text.Append(Row("Peer Above", true, e.Estimate.Measure, above, 900, string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, above - 3):0.######},{Math.Min(100, above + 3):0.######}")));
            text.Append(Row("Peer Below", true, e.Estimate.Measure, Math.Max(0, pct - 4), 800));
            text.Append(Row("Peer Lowest", true, e.Estimate.Measure, Math.Max(0, pct - 9), 700));
            text.Append(Row("Far One", false, e.Estimate.Measure, Math.Min(100, pct + 0.2), 600));
            text.Append(Row("Far Two", false, e.Estimate.Measure, Math.Min(100, pct + 0.3), 650));
        }

        await File.WriteAllTextAsync(peers, text.ToString());
        var folder = Path.Combine(store.Folder, "report");
        using var db = store.Open();

        var outcome = await new ReportService(store.Service(), db).BuildAsync(FieldworkStore.AsOf, folder, new ReportPeers(peers), CancellationToken.None);

        var html = await File.ReadAllTextAsync(outcome.HtmlPath);
        var start = html.IndexOf("<h2 id=\"msg\">", StringComparison.Ordinal);
        var end = html.IndexOf("<h2>Methods and caveats</h2>", StringComparison.Ordinal);
        Assert.True(start > 0 && end > start, "the MSG section comes before the methods");
        var section = html[start..end];
        Assert.Equal(force.Count, Regex.Count(section, "<svg"));
        Assert.Contains("c0392b", section, StringComparison.OrdinalIgnoreCase); // the force's highlight colour
        foreach (var e in force)
        {
            var pct = (100 * e.Estimate.Proportion).ToString("0.0", CultureInfo.InvariantCulture);
            var n = e.Estimate.N.ToString(CultureInfo.InvariantCulture);
            Assert.Contains($"<tr><td class=\"l\">{e.Estimate.Measure}</td><td>{pct}</td><td>{n}</td>", section, StringComparison.Ordinal);
        }

        Assert.Equal(force.Count, Regex.Count(section, "<td>2 of 4</td><td>4 of 6</td>"));
        Assert.DoesNotContain(">12.5<", section, StringComparison.Ordinal);
        var methods = html[end..];
        Assert.Contains("published figures in peers.csv for the 12 months ending 30 Nov 2026 (5 other forces; MSG membership from its in_msg column)", methods, StringComparison.Ordinal);
        Assert.Contains("own figures are this report's in-year uss figures from the store", methods, StringComparison.Ordinal);
        Assert.Contains("mean of the 3 other MSG forces", methods, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_ForceWithStoredMsgPeers_TakesMsgMembershipFromThemNotFromTheFile()
    {
        using var store = new FieldworkStore();
        store.SeedTwoYears(seed: 21);
        var scores = await store.Service().RunAsync(new ScoreRequest(FieldworkStore.AsOf, "uss"), CancellationToken.None);
        var whole = scores.Estimates.Single(e => e.Period == ScorePeriods.InYear && e.Estimate.By is null && e.Estimate.Measure == "whole_experience");
        var pct = Math.Round(100 * whole.Estimate.Proportion, 6);
        var peers = Path.Combine(store.Folder, "peers.csv");
        await File.WriteAllTextAsync(peers, "force,in_msg,measure,period_end,respondents,satisfied_pct,ci_low,ci_high\n"
            + Row("Peer Above", true, "whole_experience", Math.Min(100, pct + 1), 900)
            + Row("South Yorkshire", false, "whole_experience", Math.Max(0, pct - 2), 800)
            + Row("Far One", false, "whole_experience", Math.Min(100, pct + 3), 600));
        using (var db = store.Open())
        {
            db.Forces.Single().SettingsJson = "{\"msg_peers\":[\"SOUTH_YORKSHIRE\",\"FAR_ONE\",\"NOWHERE\"]}";
            await db.SaveChangesAsync();
        }

        using var reportDb = store.Open();
        var outcome = await new ReportService(store.Service(), reportDb).BuildAsync(FieldworkStore.AsOf, Path.Combine(store.Folder, "report"), new ReportPeers(peers, "DEMO"), CancellationToken.None);

        var html = await File.ReadAllTextAsync(outcome.HtmlPath);
        // MSG = DEMO, South Yorkshire, Far One (Peer Above is in_msg in the file but not in the settings): 2nd of 3; 3rd of 4 nationally.
        Assert.Contains("<td>2 of 3</td><td>3 of 4</td><td class=\"l\">Far One", html, StringComparison.Ordinal);
        Assert.Contains("MSG membership from the force&#39;s settings (msg_peers: SOUTH_YORKSHIRE, FAR_ONE, NOWHERE;", html, StringComparison.Ordinal);
        Assert.Contains("not in the file: NOWHERE)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_WithPeersOfAnotherPeriod_IsRefusedAndWritesNothing()
    {
        using var store = new FieldworkStore();
        store.SeedTwoYears(seed: 21);
        var peers = Path.Combine(store.Folder, "peers.csv");
        await File.WriteAllTextAsync(peers, "force,in_msg,measure,period_end,respondents,satisfied_pct,ci_low,ci_high\n" + Row("Demo", true, "whole_experience", 80, 500, period: "2026-09-30"));
        var folder = Path.Combine(store.Folder, "report");
        using var db = store.Open();

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => new ReportService(store.Service(), db).BuildAsync(FieldworkStore.AsOf, folder, new ReportPeers(peers), CancellationToken.None));

        Assert.Contains("no figures for the 12 months ending 2026-11-30", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "report.html")));
    }

    private static string Row(string force, bool inMsg, string measure, double pct, int n, string? ci = null, string period = "2026-11-30") =>
        string.Create(CultureInfo.InvariantCulture, $"{force},{(inMsg ? "true" : "false")},{measure},{period},{n},{pct:0.######},{ci ?? ","}\n");
}
