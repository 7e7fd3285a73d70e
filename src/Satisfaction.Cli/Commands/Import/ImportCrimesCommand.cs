using System.ComponentModel;
using System.Globalization;
using Satisfaction.Application.Import;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Import;

/// <summary>
/// <c>satisfaction import crimes FILE.csv</c>: imports a recorded-crime extract, all or nothing.
/// Exit 1 with every bad row listed (up to the limit) when the file has any.
/// </summary>
public sealed class ImportCrimesCommand(CliHost host, CrimeImporter importer) : AsyncCommand<ImportCrimesCommand.Settings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var path = host.ResolvePath(settings.File);
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"{settings.File}: no such file.");
        }

        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var options = new CrimeCsvReaderOptions { MaxErrors = settings.MaxErrors };
        var result = await importer.ImportAsync(reader, settings.File, options, cancellationToken).ConfigureAwait(false);
        if (result.IgnoredColumns.Count > 0)
        {
            await host.Error.WriteLineAsync($"warning: {settings.File}: ignored column(s): {string.Join(", ", result.IgnoredColumns)}").ConfigureAwait(false);
        }

        if (!result.Committed)
        {
            foreach (var line in result.Errors.Format(settings.File))
            {
                await host.Error.WriteLineAsync(line).ConfigureAwait(false);
            }

            await host.Error.WriteLineAsync(Invariant($"error: {result.Errors.Count} bad row(s) in {settings.File}; nothing was imported.")).ConfigureAwait(false);
            return ExitCodes.UserError;
        }

        await host.Out.WriteLineAsync(Invariant(
            $"imported {settings.File}: {result.Rows} rows: {result.Inserted} inserted, {result.Updated} updated, {result.Unchanged} unchanged; phones: {result.EmptyPhones} empty, {result.UnusablePhones} unusable")).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Options of <c>import crimes</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The CSV extract.</summary>
        [CommandArgument(0, "<FILE>")]
        [Description("Recorded-crime extract (CSV with a header row; columns in the README).")]
        public string File { get; init; } = string.Empty;

        /// <summary>Bad rows listed in full.</summary>
        [CommandOption("--max-errors <N>")]
        [Description("Bad rows listed in full before \"and N more\" (default 100).")]
        [DefaultValue(100)]
        public int MaxErrors { get; init; } = 100;

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (MaxErrors < 1)
            {
                return ValidationResult.Error("--max-errors must be 1 or more.");
            }

            return base.Validate();
        }
    }
}
