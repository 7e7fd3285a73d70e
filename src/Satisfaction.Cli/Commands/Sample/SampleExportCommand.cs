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
        var drawId = await export.ResolveDrawAsync(settings.Draw, cancellationToken).ConfigureAwait(false);
        using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        var rows = await export.WriteAsync(drawId, buffer, cancellationToken).ConfigureAwait(false);
        var path = host.ResolvePath(settings.Out!);
        AtomicFile.Write(path, writer => writer.Write(buffer.ToString()));
        await host.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"draw {drawId}: {rows} cases written to {settings.Out}")).ConfigureAwait(false);

        return ExitCodes.Ok;
    }
}
