using Satisfaction.Cli.Infrastructure;
using Satisfaction.Reporting.Report;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Report;

/// <summary><c>satisfaction report --as-of DATE --out DIR [--peers FILE [--force NAME]]</c>: the self-contained HTML report (with the MSG comparison when peer figures are given) and its tables as CSV.</summary>
public sealed class ReportCommand(CliHost host, ReportService reports) : AsyncCommand<ReportSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var peers = settings.Peers is null ? null : new ReportPeers(host.ResolvePath(settings.Peers), settings.Force);
        var outcome = await reports.BuildAsync(host.Today(settings), host.ResolvePath(settings.Out!), peers, cancellationToken).ConfigureAwait(false);
        await host.Out.WriteLineAsync(TerminalText.SafeLines($"report: {outcome.HtmlPath}")).ConfigureAwait(false);
        await host.Out.WriteLineAsync(TerminalText.SafeLines($"tables: {outcome.CsvPath}")).ConfigureAwait(false);
        if (outcome.Headline is { } headline)
        {
            await host.Out.WriteLineAsync(TerminalText.SafeLines(headline)).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}
