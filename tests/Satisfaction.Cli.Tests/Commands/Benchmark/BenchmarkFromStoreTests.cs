using System.Globalization;
using System.Text;
using System.Text.Json;
using Satisfaction.Application.Tests.Scores;

namespace Satisfaction.Cli.Tests.Commands.Benchmark;

/// <summary>
/// <c>benchmark --from-store</c>: the force's own row is the scores engine's in-year figure from the store (its base,
/// % and interval), the other forces' rows come from the peer file, and the file's own row for the force is ignored.
/// </summary>
public sealed class BenchmarkFromStoreTests : IDisposable
{
    private readonly FieldworkStore _store = new();
    private readonly CliRun _cli = new();

    public BenchmarkFromStoreTests() => _store.SeedTwoYears(seed: 13);

    public void Dispose()
    {
        _cli.Dispose();
        _store.Dispose();
    }

    [Fact]
    public async Task FromStore_ForceRowIsTheEnginesInYearFigure_RanksAgainstThePeers()
    {
        var engine = await EngineWholeExperienceAsync();
        var pct = 100 * engine.GetProperty("proportion").GetDouble();
        var ci = engine.GetProperty("ci").EnumerateObject().First().Value;
        var (above1, above2, below) = (Math.Round(pct + 5, 6), Math.Round(pct + 2, 6), Math.Round(pct - 3, 6));
        // Two MSG peers above the force, one below; a non-MSG force best nationally; the file's own row (10%) must be ignored.
        WritePeers(
            Row("Demo", true, 10.0, 500),
            Row("Above One", true, above1, 800),
            Row("Above Two", true, above2, 900),
            Row("Below", true, below, 700),
            Row("Elsewhere", false, 99.0, 600),
            Row("Above One", true, 50.0, 800, "2025-11-30"));

        var result = await _cli.RunAsync("benchmark", "--db", _store.Path, "--from-store", "--as-of", "2026-11-30", "--peers", "peers.csv", "--force", "Demo", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var item = Assert.Single(JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList());
        Assert.Equal("whole_experience", item.GetProperty("measure").GetString());
        Assert.Equal("2026-11-30", item.GetProperty("period_end").GetString());
        Assert.Equal("store", item.GetProperty("force_source").GetString());
        Assert.Equal(pct, item.GetProperty("force_pct").GetDouble(), 9);
        Assert.Equal(engine.GetProperty("n").GetInt32(), item.GetProperty("force_n").GetInt32());
        Assert.Equal(100 * ci[0].GetDouble(), item.GetProperty("force_ci_low").GetDouble(), 9);
        Assert.Equal(100 * ci[1].GetDouble(), item.GetProperty("force_ci_high").GetDouble(), 9);
        Assert.Equal((3, 4), (item.GetProperty("rank_msg").GetInt32(), item.GetProperty("msg_size").GetInt32()));
        Assert.Equal((4, 5), (item.GetProperty("rank_national").GetInt32(), item.GetProperty("national_size").GetInt32()));
        Assert.Equal("Elsewhere", item.GetProperty("best_force").GetString());
        Assert.Equal(below, item.GetProperty("msg_min").GetDouble(), 9);
        Assert.Equal(pct - ((above1 + above2 + below) / 3), item.GetProperty("difference").GetDouble(), 9);

        var table = await _cli.RunAsync("benchmark", "--db", _store.Path, "--from-store", "--as-of", "2026-11-30", "--peers", "peers.csv", "--force", "Demo", "--measure", "whole_experience");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"(store, uss: n = {engine.GetProperty("n").GetInt32()}, 95% interval"), table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromStore_AsOfWithoutPeerFigures_SaysWhichPeriodsTheFileHas()
    {
        WritePeers(Row("Above One", true, 80, 800), Row("Demo", true, 70, 800));

        var result = await _cli.RunAsync("benchmark", "--db", _store.Path, "--from-store", "--as-of", "2026-10-31", "--peers", "peers.csv", "--force", "Demo");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no figures for the 12 months ending 2026-10-31", result.Error, StringComparison.Ordinal);
        Assert.Contains("2026-11-30: give --as-of one of them", result.Error, StringComparison.Ordinal);
    }

    private async Task<JsonElement> EngineWholeExperienceAsync()
    {
        using var cli = new CliRun();
        var scores = await cli.RunAsync("scores", "--db", _store.Path, "--as-of", "2026-11-30", "--programme", "uss", "--format", "json");
        Assert.Equal(0, scores.ExitCode);
        return JsonDocument.Parse(scores.Out).RootElement.EnumerateArray().Single(e =>
            e.GetProperty("period").GetString() == "in_year" && e.GetProperty("domain").ValueKind == JsonValueKind.Null
            && e.GetProperty("measure").GetString() == "whole_experience").Clone();
    }

    private static string Row(string force, bool inMsg, double pct, int n, string periodEnd = "2026-11-30") =>
        string.Create(CultureInfo.InvariantCulture, $"{force},{(inMsg ? "true" : "false")},whole_experience,{periodEnd},{n},{pct:0.######},,");

    private void WritePeers(params string[] rows)
    {
        var text = new StringBuilder("force,in_msg,measure,period_end,respondents,satisfied_pct,ci_low,ci_high\n");
        foreach (var row in rows)
        {
            text.Append(row).Append('\n');
        }

        File.WriteAllText(Path.Combine(_cli.WorkDir, "peers.csv"), text.ToString());
    }
}
