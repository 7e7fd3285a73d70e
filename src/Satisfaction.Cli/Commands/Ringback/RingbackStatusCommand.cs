using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Satisfaction.Application.Ringback;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Ringback;

/// <summary>
/// <c>satisfaction ringback status [--format json]</c>: the supervisor view: cases by outcome and stratum,
/// completes against target, calls per complete, each handler's calls and completes today, locks held.
/// </summary>
public sealed class RingbackStatusCommand(CliHost host, IServiceProvider services) : AsyncCommand<RingbackStatusCommand.Settings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clock = RingbackClock.For(host.Time, settings.Now);
        var status = await ActivatorUtilities.CreateInstance<RingbackStatusService>(services, clock).StatusAsync(cancellationToken).ConfigureAwait(false);
        if (settings.Format == "json")
        {
            await host.Out.WriteLineAsync(JsonSerializer.Serialize(new
            {
                now = Utc(status.Now),
                today = status.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                strata = status.Strata.Select(Stratum),
                total = Stratum(status.Total),
                handlers = status.Handlers.Select(h => new { handler = h.Handler, calls_today = h.CallsToday, completes_today = h.CompletesToday }),
                locks = status.Locks.Select(l => new
                {
                    case_id = l.CaseId,
                    handler = l.Handler,
                    held_minutes = Math.Round(l.HeldFor.TotalMinutes, 1),
                    expires_at = Utc(l.ExpiresAt),
                }),
            })).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        var console = host.Console;
        var table = new Table().Title("Ring-back queue by stratum");
        foreach (var column in new[] { "stratum", "cases", "open", "awaiting SMS", "closed", "completes", "target", "calls", "calls/complete", "by disposition" })
        {
            table.AddColumn(column);
        }

        foreach (var s in status.Strata.Append(status.Total))
        {
            table.AddRow(
                TerminalText.Markup(s.Stratum), N(s.Cases), N(s.Open), N(s.AwaitingSms), N(s.Closed), N(s.Completes), N(s.Target), N(s.Attempts),
                s.AttemptsPerComplete is { } apc ? apc.ToString("0.0", CultureInfo.InvariantCulture) : "-",
                TerminalText.Markup(string.Join(" ", s.ByDisposition.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key}:{kv.Value}")))));
        }

        console.Write(table);
        var handlers = new Table().Title("Handlers today (" + status.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")").AddColumn("handler").AddColumn("calls").AddColumn("completes");
        foreach (var h in status.Handlers)
        {
            handlers.AddRow(TerminalText.Markup(h.Handler), N(h.CallsToday), N(h.CompletesToday));
        }

        console.Write(handlers);
        var locks = new Table().Title("Locks held").AddColumn("case").AddColumn("handler").AddColumn("held (min)").AddColumn("lapses (UTC)");
        foreach (var l in status.Locks)
        {
            locks.AddRow(N(l.CaseId), TerminalText.Markup(l.Handler), l.HeldFor.TotalMinutes.ToString("0.0", CultureInfo.InvariantCulture), Utc(l.ExpiresAt));
        }

        console.Write(locks);
        return ExitCodes.Ok;
    }

    private static object Stratum(StratumStatus s) => new
    {
        stratum = s.Stratum,
        cases = s.Cases,
        open = s.Open,
        awaiting_sms = s.AwaitingSms,
        closed = s.Closed,
        completes = s.Completes,
        target = s.Target,
        attempts = s.Attempts,
        attempts_per_complete = s.AttemptsPerComplete,
        by_disposition = s.ByDisposition,
    };

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Utc(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Options of <c>ringback status</c>.</summary>
    public sealed class Settings : RingbackSettings
    {
        /// <summary>Output format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("text (default, tables) or json: strata, total, handlers, locks.")]
        public string Format { get; init; } = "text";

        /// <inheritdoc />
        protected override bool NeedsHandler => false;

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Format is "text" or "json" ? base.Validate() : ValidationResult.Error($"--format '{Format}' is not text or json.");
    }
}
