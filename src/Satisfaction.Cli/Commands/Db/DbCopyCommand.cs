using System.Globalization;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core;
using Satisfaction.Data;
using Satisfaction.Data.Copy;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Db;

/// <summary>
/// <c>satisfaction db copy [--db FILE.db] [--to CONNECTION_STRING]</c>: copies an existing SQLite store into a new,
/// empty PostgreSQL store (<see cref="StoreCopy"/>), printing each table's rows in both and whether they match. The
/// target is named by host, port and database only, never by its connection string (which may hold a password).
/// </summary>
public sealed class DbCopyCommand(CliHost host) : AsyncCommand<DbCopySettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, DbCopySettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var path = host.ResolvePath(settings.Database ?? (host.Configuration["Store:Path"] is { Length: > 0 } configured ? configured : "satisfaction.db"));
        var connectionString = settings.To ?? host.Configuration["Store:ConnectionString"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidInputException("db copy needs the PostgreSQL store: give --to CONNECTION_STRING or set Store:ConnectionString (env SATISFACTION_STORE__CONNECTIONSTRING).");
        }

        var source = new StoreOptions { Provider = StoreProvider.Sqlite, Path = path };
        var target = new StoreOptions { Provider = StoreProvider.PostgreSql, ConnectionString = connectionString, Path = string.Empty };
        await host.Out.WriteLineAsync($"copying {path} to {StoreDescriptions.Of(target)}").ConfigureAwait(false);
        await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{"table",-32} {"sqlite",10} {"postgresql",10}")).ConfigureAwait(false);
        var counts = await StoreCopy.CopyAsync(
            source,
            target,
            c => host.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Table,-32} {c.SourceRows,10} {c.TargetRows,10}{(c.Matches ? string.Empty : "  MISMATCH")}")),
            cancellationToken).ConfigureAwait(false);
        await host.Out.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"copied {counts.Count} tables, {counts.Sum(c => c.TargetRows)} rows; every table's count matches. Ids kept, identity sequences set past the highest id.")).ConfigureAwait(false);
        await host.Out.WriteLineAsync("Scheduler jobs are not copied: `satisfaction serve` on the PostgreSQL store creates its jobs when it starts (paused jobs start unpaused).").ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
