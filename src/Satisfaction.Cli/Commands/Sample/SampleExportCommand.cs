using System.Globalization;
using Satisfaction.Application.Sampling;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Sample;

/// <summary><c>satisfaction sample export</c>: the sampled cases of a draw as CSV (no phone numbers), written atomically.</summary>
public sealed class SampleExportCommand(CliHost host, SampleExportService export) : AsyncCommand<SampleExportSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, SampleExportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var selection = await export.SelectAsync(settings.Draw, settings.SinceDate, cancellationToken).ConfigureAwait(false);
        if (selection.Note is { } note)
        {
            await host.Error.WriteLineAsync("note: " + note).ConfigureAwait(false);
        }

        using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        var rows = await export.WriteAsync(selection.DrawIds, buffer, cancellationToken).ConfigureAwait(false);
        var path = host.ResolvePath(settings.Out!);
        AtomicFile.Write(path, writer => writer.Write(buffer.ToString()));
        var draws = selection.DrawIds.Count == 1
            ? string.Create(CultureInfo.InvariantCulture, $"draw {selection.DrawIds[0]}")
            : string.Create(CultureInfo.InvariantCulture, $"{selection.DrawIds.Count} draws ({selection.DrawIds[0]} to {selection.DrawIds[^1]})");
        await host.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{draws}: {rows} cases written to {settings.Out}")).ConfigureAwait(false);

        return ExitCodes.Ok;
    }
}
