using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Infrastructure;

/// <summary>Options every command takes: where the store is and which day counts as today.</summary>
public class GlobalSettings : CommandSettings
{
    /// <summary>SQLite file of the store; default from configuration key <c>Store:Path</c>, else <c>satisfaction.db</c>.</summary>
    [CommandOption("--db <PATH>")]
    [Description("SQLite database file (default: Store:Path from configuration, else ./satisfaction.db).")]
    public string? Database { get; init; }

    /// <summary>The date the command treats as today (UK local date), for reproducible runs.</summary>
    [CommandOption("--as-of <DATE>")]
    [Description("The date to treat as today, yyyy-MM-dd (UK local date). Default: today.")]
    public string? AsOf { get; init; }

    /// <summary>Parsed <see cref="AsOf"/>, or null when not given.</summary>
    public DateOnly? AsOfDate =>
        AsOf is null ? null : DateOnly.ParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (AsOf is not null && !DateOnly.TryParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return ValidationResult.Error($"--as-of '{AsOf}' is not a date in the form yyyy-MM-dd.");
        }

        if (Database is not null && string.IsNullOrWhiteSpace(Database))
        {
            return ValidationResult.Error("--db needs a file path.");
        }

        return base.Validate();
    }
}
