using System.ComponentModel;
using System.Globalization;
using Satisfaction.Application.Rdd;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Rdd;

/// <summary>
/// <c>satisfaction rdd export [--month M] --out FILE.csv</c>: released numbers with replicate and status.
/// The one export that carries telephone numbers: random numbers for the calling team, never victims'.
/// </summary>
public sealed class RddExportCommand(CliHost host, RddExportService export) : AsyncCommand<RddExportCommand.Settings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        DateOnly? month = RddMonth.TryParse(settings.Month, out var m) ? m : null;
        var rows = await export.RowsAsync(month, cancellationToken).ConfigureAwait(false);
        AtomicFile.Write(host.ResolvePath(settings.Out!), writer =>
        {
            writer.Write(string.Join(',', RddExportService.Columns));
            writer.Write('\n');
            foreach (var row in rows)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"{row.Month},{row.Replicate},{row.Number},{row.Bank},{row.Status},{row.FinalDisposition}\n"));
            }
        });
        await host.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"wrote {rows.Count} numbers to {settings.Out}")).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    /// <summary>Options of <c>rdd export</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The month, yyyy-MM; all months when omitted.</summary>
        [CommandOption("--month <MONTH>")]
        [Description("Only this month, yyyy-MM (default: every month).")]
        public string? Month { get; init; }

        /// <summary>Output CSV.</summary>
        [CommandOption("--out <FILE>")]
        [Description("CSV file to write (required): month,replicate,number,bank,status,final_disposition.")]
        public string? Out { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (Month is not null && !RddMonth.TryParse(Month, out _))
            {
                return ValidationResult.Error($"--month '{Month}' is not a month in the form yyyy-MM.");
            }

            if (string.IsNullOrWhiteSpace(Out))
            {
                return ValidationResult.Error("--out FILE is required.");
            }

            return base.Validate();
        }
    }
}
