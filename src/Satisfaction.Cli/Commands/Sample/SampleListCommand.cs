using System.Globalization;
using System.Text.Json;
using Satisfaction.Application.Sampling;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Sample;

/// <summary><c>satisfaction sample list [--format json]</c>: every draw with as-of, seed, status and counts per programme.</summary>
public sealed class SampleListCommand(CliHost host, SampleListService list) : AsyncCommand<SampleListSettings>
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, SampleListSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var draws = await list.ListAsync(cancellationToken).ConfigureAwait(false);
        var inv = CultureInfo.InvariantCulture;
        if (settings.Format == "json")
        {
            await host.Out.WriteLineAsync(JsonSerializer.Serialize(draws.Select(d => new
            {
                id = d.Id,
                as_of = d.AsOf.ToString("yyyy-MM-dd", inv),
                seed = d.Seed,
                status = d.Status,
                considered = d.Considered,
                sampled = d.Sampled,
                per_programme = d.SampledByProgramme,
            }), Json)).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        if (draws.Count == 0)
        {
            await host.Out.WriteLineAsync("no draw yet; run `satisfaction sample`").ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        var table = new Table().AddColumns("id", "as of", "seed", "status", "considered", "sampled", "per programme");
        foreach (var d in draws)
        {
            table.AddRow(
                d.Id.ToString(inv), d.AsOf.ToString("yyyy-MM-dd", inv), d.Seed.ToString(inv), d.Status, d.Considered.ToString(inv), d.Sampled.ToString(inv),
                TerminalText.Markup(string.Join(" ", d.SampledByProgramme.Select(kv => string.Create(inv, $"{kv.Key}={kv.Value}")))));
        }

        host.Console.Write(table);
        return ExitCodes.Ok;
    }
}
