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
/// Exit 1 with every bad row listed (up to the limit) when the file has any. Values from the file are shown
/// through <see cref="TerminalText"/>.
/// </summary>
public sealed class ImportCrimesCommand(CliHost host, CrimeImporter importer) : AsyncCommand<ImportCrimesCommand.Settings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var path = host.ResolvePath(settings.File);
        var file = TerminalText.Safe(settings.File);
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"{file}: no such file.");
        }

        CrimeImportResult result;
        try
        {
            using var reader = CrimeExtractText.Open(path, settings.File, settings.EncodingValue);
            var options = new CrimeCsvReaderOptions { MaxErrors = settings.MaxErrors };
            result = await importer.ImportAsync(reader, settings.File, options, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidInputException ex)
        {
            // The message may quote the file's header or bytes: escape it before the terminal sees it.
            throw new InvalidInputException(TerminalText.SafeLines(ex.Message), ex);
        }

        if (result.IgnoredColumns.Count > 0)
        {
            await host.Error.WriteLineAsync($"warning: {file}: ignored column(s): {TerminalText.Safe(string.Join(", ", result.IgnoredColumns))}").ConfigureAwait(false);
        }

        if (!result.Committed)
        {
            foreach (var line in result.Errors.Format(settings.File))
            {
                await host.Error.WriteLineAsync(TerminalText.Safe(line)).ConfigureAwait(false);
            }

            await host.Error.WriteLineAsync(Invariant($"error: {result.Errors.Count} bad row(s) in {file}; nothing was imported.")).ConfigureAwait(false);
            return ExitCodes.UserError;
        }

        await host.Out.WriteLineAsync(Invariant(
            $"imported {file}: {result.Rows} rows: {result.Inserted} inserted, {result.Updated} updated, {result.Unchanged} unchanged; phones: {result.EmptyPhones} empty, {result.UnusablePhones} unusable")).ConfigureAwait(false);
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

        /// <summary>The file's character encoding.</summary>
        [CommandOption("--encoding <NAME>")]
        [Description("Character encoding of the file: utf-8 (default; a byte that is not UTF-8 is refused with its line and offset) or windows-1252 (an \"ANSI\" export from Windows).")]
        [DefaultValue("utf-8")]
        public string Encoding { get; init; } = "utf-8";

        /// <summary>The parsed <see cref="Encoding"/> (valid once <see cref="Validate"/> passed).</summary>
        public CrimeExtractEncoding EncodingValue =>
            CrimeExtractText.TryParseEncoding(Encoding, out var encoding) ? encoding : throw new InvalidOperationException("--encoding was not validated.");

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (MaxErrors < 1)
            {
                return ValidationResult.Error("--max-errors must be 1 or more.");
            }

            if (!CrimeExtractText.TryParseEncoding(Encoding, out _))
            {
                return ValidationResult.Error($"--encoding '{TerminalText.Safe(Encoding)}' is not one of: {CrimeExtractText.EncodingNames}.");
            }

            return base.Validate();
        }
    }
}
