using System.Globalization;
using System.Text.Json;
using Satisfaction.Application.Forces;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core.Contact;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Force;

/// <summary><c>satisfaction force show [--format json]</c>: the force, its divisions (with record counts), programmes and settings.</summary>
public sealed class ForceShowCommand(CliHost host, ForceShowService show) : AsyncCommand<ForceShowSettings>
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, ForceShowSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var f = await show.GetAsync(settings.Code, cancellationToken).ConfigureAwait(false);
        if (settings.Format == "json")
        {
            await host.Out.WriteLineAsync(JsonSerializer.Serialize(new
            {
                code = f.Code,
                name = f.Name,
                time_zone = f.TimeZone,
                divisions = f.Divisions.Select(d => new { code = d.Code, name = d.Name, records = d.Records }),
                programmes = f.Programmes,
                msg_peers = f.MsgPeers,
                contact_hours = new { sms = Hours(f.ContactHours.Sms), phone = Hours(f.ContactHours.Phone) },
                programmes_path = f.ProgrammesPath,
                bank_holidays = new { source = f.BankHolidaysSource ?? "built-in", one_off_days = f.BankHolidayDays },
            }, Json)).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        var o = host.Out;
        await o.WriteLineAsync($"force {TerminalText.Safe(f.Code)}: {TerminalText.Safe(f.Name)}").ConfigureAwait(false);
        await o.WriteLineAsync($"time zone: {TerminalText.Safe(f.TimeZone)}").ConfigureAwait(false);
        await o.WriteLineAsync("divisions:").ConfigureAwait(false);
        foreach (var d in f.Divisions)
        {
            await o.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {TerminalText.Safe(d.Code)}  {TerminalText.Safe(d.Name)}  ({d.Records} records)")).ConfigureAwait(false);
        }

        await o.WriteLineAsync($"programmes: {string.Join(", ", f.Programmes.Select(TerminalText.Safe))}").ConfigureAwait(false);
        await o.WriteLineAsync($"MSG peers: {(f.MsgPeers.Count == 0 ? "none" : string.Join(", ", f.MsgPeers.Select(TerminalText.Safe)))}").ConfigureAwait(false);
        await o.WriteLineAsync($"contact hours: sms {Text(f.ContactHours.Sms)}; phone {Text(f.ContactHours.Phone)}").ConfigureAwait(false);
        await o.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"bank holidays: England and Wales rules + {f.BankHolidayDays} one-off change(s) from {TerminalText.Safe(f.BankHolidaysSource ?? "the built-in file")}")).ConfigureAwait(false);
        await o.WriteLineAsync($"programmes folder: {TerminalText.Safe(f.ProgrammesPath ?? "(default)")}").ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static object Hours(ChannelHours h) => new
    {
        start = h.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
        end = h.End.ToString("HH:mm", CultureInfo.InvariantCulture),
        sundays = h.Sundays,
    };

    private static string Text(ChannelHours h) => string.Create(CultureInfo.InvariantCulture, $"{h.Start:HH:mm}-{h.End:HH:mm}{(h.Sundays ? " incl. Sundays" : string.Empty)}");
}
