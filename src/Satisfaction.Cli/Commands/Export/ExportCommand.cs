using System.Globalization;
using Satisfaction.Application.Exports;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Export;

/// <summary><c>satisfaction export --what responses|cases|attempts --format csv|parquet --out FILE</c>: microdata with pseudonymous case ids.</summary>
public sealed class ExportCommand(CliHost host, ExportService export) : AsyncCommand<ExportSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var path = host.ResolvePath(settings.Out!);
        var result = await export.ExportAsync(new ExportRequest(settings.What!, settings.Format, path, host.Today(settings)), cancellationToken).ConfigureAwait(false);
        await host.Error.WriteLineAsync(TerminalText.SafeLines(string.Create(CultureInfo.InvariantCulture,
            $"{settings.What}: {result.Rows} rows, {result.Columns.Count} columns written to {settings.Out}; data dictionary {Path.GetFileName(result.DictionaryPath)}"))).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
