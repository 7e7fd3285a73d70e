using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Infrastructure;

/// <summary>Options of a store command that also acts on a date: where the store is and which day counts as today.</summary>
public class GlobalSettings : StoreSettings, IAsOfSettings
{
    /// <summary>The date the command treats as today (UK local date), for reproducible runs.</summary>
    [CommandOption("--as-of <DATE>")]
    [Description("The date to treat as today, yyyy-MM-dd (UK local date). Default: today.")]
    public string? AsOf { get; init; }

    /// <summary>Parsed <see cref="AsOf"/>, or null when not given.</summary>
    public DateOnly? AsOfDate =>
        AsOf is null ? null : DateOnly.ParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override ValidationResult Validate() => CheckAsOf(AsOf) ?? base.Validate();

    /// <summary>An error when <paramref name="asOf"/> is given and is not a yyyy-MM-dd date, else null.</summary>
    internal static ValidationResult? CheckAsOf(string? asOf) =>
        asOf is not null && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? ValidationResult.Error($"--as-of '{asOf}' is not a date in the form yyyy-MM-dd.")
            : null;
}
