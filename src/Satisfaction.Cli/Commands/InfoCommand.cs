using System.ComponentModel;
using System.Globalization;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands;

/// <summary><c>satisfaction info</c>: what the program would use, without touching anything.</summary>
public sealed class InfoCommand(CliHost host, SatisfactionStore store) : Command<InfoCommand.Settings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        host.Out.WriteLine($"satisfaction {ProgramVersion.Text}");
        host.Out.WriteLine($"store: {store.Description}");
        host.Out.WriteLine($"today: {host.Today(settings).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        return ExitCodes.Ok;
    }

    /// <summary>Options of <c>info</c>: the store and date it reports, without opening or creating the store.</summary>
    public sealed class Settings : CommandSettings, IAsOfSettings
    {
        /// <summary>The store to report (read before the command runs, as for every store command).</summary>
        [CommandOption("--db <PATH>")]
        [Description("SQLite database file to report (default: Store:Path from configuration, else ./satisfaction.db).")]
        public string? Database { get; init; }

        /// <summary>The date to report as today.</summary>
        [CommandOption("--as-of <DATE>")]
        [Description("The date to treat as today, yyyy-MM-dd (UK local date). Default: today.")]
        public string? AsOf { get; init; }

        /// <inheritdoc />
        public DateOnly? AsOfDate => AsOf is null ? null : DateOnly.ParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <inheritdoc />
        public override ValidationResult Validate() => GlobalSettings.CheckAsOf(AsOf) ?? base.Validate();
    }
}
