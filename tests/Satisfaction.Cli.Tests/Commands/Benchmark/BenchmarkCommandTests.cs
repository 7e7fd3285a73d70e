using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Satisfaction.Cli.Tests.Commands.Benchmark;

/// <summary>
/// <c>satisfaction benchmark</c> on hand-made peer files: the originating report's whole-experience table
/// (Lancashire 78.6%, 8th of 8 in its MSG, 39th of 43, best Northumbria 90.8%), ties, the force missing, a
/// force with no interval, and the JSON keys the issue names.
/// </summary>
public sealed class BenchmarkCommandTests : IDisposable
{
    private static readonly string[] MsgPeers = ["Cheshire", "Staffordshire", "Derbyshire", "Nottinghamshire", "Humberside", "South Yorkshire", "Cleveland"];

    /// <summary>43 forces; the figures other than the report's are invented to fit its facts (Thames Valley and Hampshire tie).</summary>
    private static readonly (string Force, double Pct)[] WholeExperience =
    [
        ("Northumbria", 90.8), ("Dyfed-Powys", 89.9), ("North Wales", 89.5), ("Durham", 89.1), ("Wiltshire", 88.7),
        ("Cumbria", 88.4), ("Dorset", 88.0), ("Suffolk", 87.6), ("Norfolk", 87.3), ("North Yorkshire", 87.0),
        ("Devon and Cornwall", 86.8), ("Gwent", 86.5), ("West Mercia", 86.2), ("Lincolnshire", 85.9), ("Warwickshire", 85.6),
        ("Gloucestershire", 85.3), ("Surrey", 85.0), ("Hertfordshire", 84.8), ("Cambridgeshire", 84.5), ("Sussex", 84.2),
        ("Thames Valley", 84.0), ("Hampshire", 84.0), ("Avon and Somerset", 83.6), ("Essex", 83.3), ("Kent", 83.0),
        ("Leicestershire", 82.7), ("South Wales", 82.4), ("Merseyside", 82.1), ("West Yorkshire", 81.8), ("West Midlands", 81.5),
        ("Greater Manchester", 80.9),
        ("Cheshire", 84.3), ("Staffordshire", 83.1), ("Derbyshire", 82.2), ("Nottinghamshire", 80.4), ("Humberside", 80.0),
        ("South Yorkshire", 79.5), ("Cleveland", 79.0),
        ("Lancashire", 78.6),
        ("Northamptonshire", 78.0), ("City of London", 77.9), ("Bedfordshire", 76.5), ("Metropolitan", 75.2),
    ];

    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task OriginatingReport_WholeExperience_RanksAndBestForce_AsJson()
    {
        WritePeers("peers.csv", WholeExperience.Select(t => Row(t.Force, t.Pct, t.Force == "Lancashire" ? 1100 : 1200)));

        var result = await _cli.RunAsync("benchmark", "--peers", "peers.csv", "--force", "lancashire", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var item = Assert.Single(JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList());
        Assert.Equal("Lancashire", item.GetProperty("force").GetString());
        Assert.Equal("whole_experience", item.GetProperty("measure").GetString());
        Assert.Equal("2016-09-30", item.GetProperty("period_end").GetString());
        Assert.Equal(78.6, item.GetProperty("force_pct").GetDouble());
        Assert.Equal((8, 8), (item.GetProperty("rank_msg").GetInt32(), item.GetProperty("msg_size").GetInt32()));
        Assert.Equal((39, 43), (item.GetProperty("rank_national").GetInt32(), item.GetProperty("national_size").GetInt32()));
        Assert.Equal("Northumbria", item.GetProperty("best_force").GetString());
        Assert.Equal(90.8, item.GetProperty("best_pct").GetDouble());
        Assert.Equal((78.6, 84.3), (item.GetProperty("msg_min").GetDouble(), item.GetProperty("msg_max").GetDouble()));

        // Mean of the 7 other MSG forces = 568.5 / 7; SEs from the bases; z = -1.998992, p = 0.0456092 (hand-worked in
        // MsgBenchmarkTests): significantly below the MSG average at 95%.
        Assert.Equal(568.5 / 7, item.GetProperty("msg_average").GetDouble(), 10);
        Assert.StartsWith("mean of the 7 other MSG forces", item.GetProperty("msg_average_method").GetString(), StringComparison.Ordinal);
        Assert.Equal(78.6 - (568.5 / 7), item.GetProperty("difference").GetDouble(), 10);
        Assert.Equal(0.0456092, item.GetProperty("p_value").GetDouble(), 7);
        Assert.True(item.GetProperty("significant").GetBoolean());
    }

    [Fact]
    public async Task Json_HasEveryKeyTheIssueNames()
    {
        WritePeers("peers.csv", WholeExperience.Select(t => Row(t.Force, t.Pct, 1000)));

        var result = await _cli.RunAsync("benchmark", "--peers", "peers.csv", "--force", "Lancashire", "--format", "json");

        var item = JsonDocument.Parse(result.Out).RootElement[0];
        string[] keys =
        [
            "force", "measure", "period_end", "force_pct", "msg_average", "msg_average_method", "rank_msg", "msg_size", "rank_national",
            "national_size", "best_force", "best_pct", "msg_min", "msg_max", "difference", "p_value", "significant",
        ];
        var missing = keys.Where(k => !item.TryGetProperty(k, out _)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public async Task TiedForces_ShareARank_AndTheNextRankSkips()
    {
        // Thames Valley and Hampshire tie at 84.0 with 21 forces above them: both 22nd nationally; Avon and Somerset
        // (83.6) is 24th, not 23rd ("1224" ranking).
        WritePeers("peers.csv", WholeExperience.Select(t => Row(t.Force, t.Pct, 1000)));

        var hampshire = await _cli.RunAsync("benchmark", "--peers", "peers.csv", "--force", "Hampshire", "--format", "json");
        var thames = await _cli.RunAsync("benchmark", "--peers", "peers.csv", "--force", "Thames Valley", "--format", "json");
        var avon = await _cli.RunAsync("benchmark", "--peers", "peers.csv", "--force", "Avon and Somerset", "--format", "json");

        Assert.Equal(22, JsonDocument.Parse(hampshire.Out).RootElement[0].GetProperty("rank_national").GetInt32());
        Assert.Equal(22, JsonDocument.Parse(thames.Out).RootElement[0].GetProperty("rank_national").GetInt32());
        Assert.Equal(24, JsonDocument.Parse(avon.Out).RootElement[0].GetProperty("rank_national").GetInt32());
    }

    [Fact]
    public async Task ForceMissingFromTheFile_IsAnErrorThatSuggestsCloseNames()
    {
        WritePeers("peers.csv", WholeExperience.Where(t => t.Force != "Lancashire").Select(t => Row(t.Force, t.Pct, 1000)));

        var result = await _cli.RunAsync("benchmark", "--peers", "peers.csv", "--force", "Lancashire");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("force 'Lancashire' has no figure for measure 'whole_experience', period ending 2016-09-30", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task ForceWithNoInterval_TakesItsStandardErrorFromItsBase()
    {
        // Every other force publishes an interval; Lancashire has none, so its SE is 100 sqrt(p(1-p)/n).
        var rows = WholeExperience.Select(t => t.Force == "Lancashire"
            ? Row(t.Force, t.Pct, 1100)
            : Row(t.Force, t.Pct, 1200, t.Pct - 2.0, t.Pct + 2.0));
        WritePeers("peers.csv", rows);

        var result = await _cli.RunAsync("benchmark", "--peers", "peers.csv", "--force", "Lancashire", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var item = JsonDocument.Parse(result.Out).RootElement[0];
        Assert.Equal(100 * Math.Sqrt(0.786 * 0.214 / 1100), item.GetProperty("force_se").GetDouble(), 9);

        // Peers' SEs from their intervals: 4 / (2 x 1.959964) each; the mean of 7 has SE sqrt(7 se^2) / 7.
        var peerSe = 4.0 / (2 * 1.959963984540054);
        Assert.Equal(Math.Sqrt(7 * peerSe * peerSe) / 7, item.GetProperty("msg_average_se").GetDouble(), 9);
    }

    [Fact]
    public async Task PooledAverage_IsNamedAndWeightsByRespondents()
    {
        var rows = new[]
        {
            Row("Lancashire", 78.6, 1000),
            Row("Cheshire", 90.0, 3000),
            Row("Cleveland", 70.0, 1000),
            Row("Northumbria", 95.0, 500, inMsg: false),
        };
        WritePeers("peers.csv", rows);

        var result = await _cli.RunAsync("benchmark", "--peers", "peers.csv", "--force", "Lancashire", "--average", "pooled", "--format", "json");

        var item = JsonDocument.Parse(result.Out).RootElement[0];
        Assert.Equal(((0.9 * 3000) + (0.7 * 1000)) / 4000 * 100, item.GetProperty("msg_average").GetDouble(), 9);
        Assert.StartsWith("pooled by respondents over the 2 other MSG forces", item.GetProperty("msg_average_method").GetString(), StringComparison.Ordinal);
        Assert.Equal((2, 3), (item.GetProperty("rank_msg").GetInt32(), item.GetProperty("msg_size").GetInt32()));
        Assert.Equal((3, 4), (item.GetProperty("rank_national").GetInt32(), item.GetProperty("national_size").GetInt32()));
    }

    [Fact]
    public async Task Table_ShowsRanksAsOrdinals_TheBestForce_AndTheMethod()
    {
        WritePeers("peers.csv", WholeExperience.Select(t => Row(t.Force, t.Pct, 1000)));

        var result = await _cli.RunAsync("benchmark", "--peers", "peers.csv", "--force", "Lancashire", "--measure", "whole_experience");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("8th of 8", result.Out, StringComparison.Ordinal);
        Assert.Contains("39th of 43", result.Out, StringComparison.Ordinal);
        Assert.Contains("Northumbria 90.8%", result.Out, StringComparison.Ordinal);
        Assert.Contains("MSG average: mean of the 7 other MSG forces", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownMeasure_IsAnErrorListingTheFilesMeasures()
    {
        WritePeers("peers.csv", WholeExperience.Select(t => Row(t.Force, t.Pct, 1000)));

        var result = await _cli.RunAsync("benchmark", "--peers", "peers.csv", "--force", "Lancashire", "--measure", "follow_up");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no figures for measure 'follow_up'; the file has whole_experience", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadRow_IsReportedWithFileLineAndColumn()
    {
        var rows = WholeExperience.Take(5).Select(t => Row(t.Force, t.Pct, 1000)).ToList();
        rows[2] = "Durham,true,whole_experience,2016-09-30,many,89.1,,";
        WritePeers("peers.csv", rows);

        var result = await _cli.RunAsync("benchmark", "--peers", "peers.csv", "--force", "Durham");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("peers.csv:4:", result.Error, StringComparison.Ordinal);
        Assert.Contains("respondents", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1st", 1)]
    [InlineData("2nd", 2)]
    [InlineData("3rd", 3)]
    [InlineData("8th", 8)]
    [InlineData("11th", 11)]
    [InlineData("12th", 12)]
    [InlineData("13th", 13)]
    [InlineData("21st", 21)]
    [InlineData("22nd", 22)]
    [InlineData("39th", 39)]
    [InlineData("43rd", 43)]
    public void Ordinal_FollowsEnglishUsage(string expected, int n) =>
        Assert.Equal(expected, Satisfaction.Cli.Commands.Benchmark.BenchmarkCommand.Ordinal(n));

    private static string Row(string force, double pct, int n, double? low = null, double? high = null, bool? inMsg = null)
    {
        var msg = inMsg ?? (MsgPeers.Contains(force) || force == "Lancashire");
        var quoted = force.Contains(',', StringComparison.Ordinal) ? $"\"{force}\"" : force;
        return string.Create(CultureInfo.InvariantCulture, $"{quoted},{(msg ? "true" : "false")},whole_experience,2016-09-30,{n},{pct},{low},{high}");
    }

    private void WritePeers(string name, IEnumerable<string> rows)
    {
        var text = new StringBuilder("force,in_msg,measure,period_end,respondents,satisfied_pct,ci_low,ci_high\n");
        foreach (var row in rows)
        {
            text.Append(row).Append('\n');
        }

        File.WriteAllText(Path.Combine(_cli.WorkDir, name), text.ToString());
    }
}
