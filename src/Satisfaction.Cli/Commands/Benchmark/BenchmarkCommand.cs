using System.Globalization;
using System.Text;
using System.Text.Json;
using Satisfaction.Application.Benchmarking;
using Satisfaction.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Satisfaction.Core.Benchmarking;
using Satisfaction.Data;
using Spectre.Console.Cli;
using static Satisfaction.Application.Statistics.JsonFields;

namespace Satisfaction.Cli.Commands.Benchmark;

/// <summary>
/// <c>satisfaction benchmark --peers FILE.csv --force NAME [--from-store [--as-of DATE] [--programme P]] [--measure M]
/// [--average mean|pooled] [--format table|json]</c>: the force against its Most Similar Group and nationally, per
/// measure and period; with <c>--from-store</c> the force's own row comes from the store's scores.
/// </summary>
public sealed class BenchmarkCommand(CliHost host, IServiceProvider services) : AsyncCommand<BenchmarkSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, BenchmarkSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new BenchmarkOptions
        {
            Method = settings.Average == "pooled" ? MsgAverageMethod.PooledByRespondents : MsgAverageMethod.MeanOfForces,
        };
        var request = new BenchmarkRequest(host.ResolvePath(settings.Peers!), settings.Force!, settings.Measure, options);
        IReadOnlyList<MsgBenchmarkResult> results;
        IReadOnlyList<PeerFigure> own = [];
        if (settings.FromStore)
        {
            await services.GetRequiredService<SatisfactionStore>().MigrateAsync(cancellationToken).ConfigureAwait(false);
            var fromStore = await services.GetRequiredService<StoreBenchmarkService>()
                .RunAsync(request, host.Today(settings), settings.Programme, cancellationToken).ConfigureAwait(false);
            (results, own) = (fromStore.Results, fromStore.Own);
        }
        else
        {
            results = BenchmarkService.Run(request);
        }

        if (settings.Format == "json")
        {
            await host.Out.WriteAsync(Json(results, own)).ConfigureAwait(false);
        }
        else
        {
            PrintTable(results, own, settings.Programme);
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// One JSON object per measure and period, keys as documented in the README; with figures from the store, also
    /// <c>force_source</c> (<c>store</c>), <c>force_n</c>, <c>force_ci_low</c> and <c>force_ci_high</c>.
    /// </summary>
    internal static string Json(IReadOnlyList<MsgBenchmarkResult> results, IReadOnlyList<PeerFigure>? own = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var r in results)
            {
                json.WriteStartObject();
                json.WriteString("force", r.Force);
                json.WriteString("measure", r.Measure);
                json.WriteString("period_end", r.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteNumber("force_pct", r.ForcePct);
                json.WriteNumber("force_se", r.ForceSe);
                Number(json, "msg_average", r.MsgAverage);
                json.WriteString("msg_average_method", r.MsgAverageMethod);
                Number(json, "msg_average_se", r.MsgAverageSe);
                Number(json, "msg_mean_with_force", r.MsgMeanWithForce);
                Number(json, "msg_mean_without_force", r.MsgMeanWithoutForce);
                Number(json, "msg_pooled_with_force", r.MsgPooledWithForce);
                Number(json, "msg_pooled_without_force", r.MsgPooledWithoutForce);
                json.WriteNumber("rank_msg", r.RankMsg);
                json.WriteNumber("msg_size", r.MsgSize);
                json.WriteNumber("rank_national", r.RankNational);
                json.WriteNumber("national_size", r.NationalSize);
                json.WriteString("best_force", r.BestForce);
                json.WriteNumber("best_pct", r.BestPct);
                json.WriteNumber("msg_min", r.MsgMin);
                json.WriteNumber("msg_max", r.MsgMax);
                Number(json, "difference", r.Difference);
                Number(json, "z", r.Z);
                Number(json, "p_value", r.PValue);
                if (r.Significant is { } significant)
                {
                    json.WriteBoolean("significant", significant);
                }
                else
                {
                    json.WriteNull("significant");
                }

                json.WriteString("se_method", r.SeMethod);
                if (Own(own, r) is { } figure)
                {
                    json.WriteString("force_source", "store");
                    json.WriteNumber("force_n", figure.Respondents);
                    Number(json, "force_ci_low", figure.CiLow);
                    Number(json, "force_ci_high", figure.CiHigh);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>One block per measure and period, a label and a value per line: fits 80 columns.</summary>
    private static PeerFigure? Own(IReadOnlyList<PeerFigure>? own, MsgBenchmarkResult r) =>
        own?.FirstOrDefault(f => string.Equals(f.Measure, r.Measure, StringComparison.Ordinal) && f.PeriodEnd == r.PeriodEnd);

    private void PrintTable(IReadOnlyList<MsgBenchmarkResult> results, IReadOnlyList<PeerFigure> own, string programme)
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (var r in results)
        {
            var force = TerminalText.Safe(r.Force);
            host.Out.WriteLine(TerminalText.Safe(r.Measure) + ", period ending " + r.PeriodEnd.ToString("yyyy-MM-dd", inv));
            Line(force, r.ForcePct.ToString("0.0", inv) + "%" + (Own(own, r) is { } figure
                ? string.Create(inv, $" (store, {programme}: n = {figure.Respondents}") + (figure.CiLow is { } lo && figure.CiHigh is { } hi ? string.Create(inv, $", 95% interval {lo:0.0}-{hi:0.0}%)") : ")")
                : string.Empty));
            Line("MSG average", r.MsgAverage is { } a ? a.ToString("0.0", inv) + "%" : "none (no other MSG force has a figure)");
            Line("difference", r.Difference is { } d
                ? d.ToString("+0.0;-0.0;0.0", inv) + " points" + (r.PValue is { } p
                    ? string.Create(inv, $", p = {p:0.0000}, ") + (r.Significant == true ? "significant at 95%" : "not significant at 95%")
                    : string.Empty)
                : "-");
            Line("rank in MSG", string.Create(inv, $"{Ordinal(r.RankMsg)} of {r.MsgSize}"));
            Line("rank nationally", string.Create(inv, $"{Ordinal(r.RankNational)} of {r.NationalSize}"));
            Line("best nationally", TerminalText.Safe(r.BestForce) + string.Create(inv, $" {r.BestPct:0.0}%"));
            Line("MSG range", string.Create(inv, $"{r.MsgMin:0.0}% to {r.MsgMax:0.0}%"));
            host.Out.WriteLine();
        }

        if (results.Count > 0)
        {
            host.Out.WriteLine("MSG average: " + TerminalText.Safe(results[0].MsgAverageMethod) + ".");
            host.Out.WriteLine("Standard errors: " + TerminalText.Safe(results[0].SeMethod) + ".");
        }
    }

    private void Line(string label, string value) => host.Out.WriteLine("  " + label.PadRight(18) + " " + value);

    /// <summary>1st, 2nd, 3rd, 4th ... 11th, 12th, 13th, 21st, 22nd ...</summary>
    internal static string Ordinal(int n)
    {
        var suffix = (n % 100) is >= 11 and <= 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
