using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Db;

/// <summary>
/// Options of <c>satisfaction db copy</c>. Not a <see cref="Infrastructure.StoreSettings"/>: the command opens (and
/// upgrades) both stores itself, so the configured store is not migrated before it starts.
/// </summary>
public sealed class DbCopySettings : CommandSettings
{
    /// <summary>The SQLite store to copy; default <c>Store:Path</c>, else <c>satisfaction.db</c>.</summary>
    [CommandOption("--db <PATH>")]
    [Description("The SQLite store to copy (default: Store:Path from configuration, else ./satisfaction.db). It must exist.")]
    public string? Database { get; init; }

    /// <summary>The PostgreSQL connection string of the new store; default <c>Store:ConnectionString</c>.</summary>
    [CommandOption("--to <CONNECTION_STRING>")]
    [Description("Npgsql connection string of the new, empty PostgreSQL database (default: Store:ConnectionString, e.g. from SATISFACTION_STORE__CONNECTIONSTRING, which keeps a password off the command line). Never printed.")]
    public string? To { get; init; }

    /// <summary>The target's engine: only <c>PostgreSql</c>.</summary>
    [CommandOption("--to-provider <PROVIDER>")]
    [Description("Engine of the target: PostgreSql (the default and the only one).")]
    public string? ToProvider { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Database is not null && string.IsNullOrWhiteSpace(Database))
        {
            return ValidationResult.Error("--db needs a file path.");
        }

        if (To is not null && string.IsNullOrWhiteSpace(To))
        {
            return ValidationResult.Error("--to needs a PostgreSQL connection string, e.g. \"Host=db;Database=satisfaction;Username=satisfaction\".");
        }

        if (ToProvider is not null && !string.Equals(ToProvider, "PostgreSql", StringComparison.OrdinalIgnoreCase))
        {
            return ValidationResult.Error($"--to-provider '{ToProvider}' is not supported: db copy copies a SQLite store into PostgreSql.");
        }

        return base.Validate();
    }
}
