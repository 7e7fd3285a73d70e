using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Infrastructure;

/// <summary>
/// Options of a command that works on the store. The store is created or upgraded (migrations) once, as the
/// command starts, after its options are checked.
/// </summary>
public class StoreSettings : CommandSettings
{
    /// <summary>SQLite file of the store; default from configuration key <c>Store:Path</c>, else <c>satisfaction.db</c>.</summary>
    /// <remarks>The value is read before the command runs (<see cref="CommandLineOverrides"/>) so that the store options see it.</remarks>
    [CommandOption("--db <PATH>")]
    [Description("SQLite database file (default: Store:Path from configuration, else ./satisfaction.db).")]
    public string? Database { get; init; }

    /// <summary>
    /// Code of the force the command acts for (its name is also accepted); default from configuration key
    /// <c>Store:Force</c>, else the store's only force. Read before the command runs, like <c>--db</c>.
    /// </summary>
    [CommandOption("--force <CODE>")]
    [Description("The force to act for, by its code (default: Store:Force from configuration, else the store's only force). A store with several forces needs it.")]
    public string? Force { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Database is not null && string.IsNullOrWhiteSpace(Database))
        {
            return ValidationResult.Error("--db needs a file path.");
        }

        if (Force is not null && string.IsNullOrWhiteSpace(Force))
        {
            return ValidationResult.Error("--force needs a force code.");
        }

        return base.Validate();
    }
}
