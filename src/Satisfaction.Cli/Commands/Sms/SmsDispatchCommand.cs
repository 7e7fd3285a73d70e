using System.Globalization;
using Satisfaction.Application.Forces;
using Satisfaction.Application.Ringback;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Sms.Dispatch;
using Satisfaction.Sms.Outbox;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Sms;

/// <summary>
/// <c>satisfaction sms dispatch [--force CODE]</c>: one pass of the <c>sms-dispatch</c> job for the force (reminders,
/// expiry, then invitations inside its permitted SMS hours), then sends the texts that are due through the configured transport (offline: stored and
/// printed), then hands the cases the SMS side gave up on to the ring-back queue and closes there the cases it closed.
/// Prints counts only, never a number or an answer.
/// </summary>
public sealed class SmsDispatchCommand(CliHost host, SmsDispatchService dispatch, SmsOutboxSender sender, SmsRingbackSync ringback, ForceScope force) : AsyncCommand<StoreSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, StoreSettings settings, CancellationToken cancellationToken)
    {
        var result = await dispatch.RunAsync(force, cancellationToken).ConfigureAwait(false);
        var sent = await sender.SendDueAsync(int.MaxValue, cancellationToken).ConfigureAwait(false);
        var queue = await ringback.RunAsync(cancellationToken).ConfigureAwait(false);
        await host.Out.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"SMS hours: {(result.SmsPermittedNow ? "open" : "closed (no invitations or reminders now)")}\ninvited {result.Invited}, reminded {result.Reminded}, expired {result.Expired}, texts sent {sent}\nnot invited: {result.SkippedNoMobile} without a mobile number, {result.SkippedOptedOut} opted out, {result.SkippedBusyNumber} already in an SMS interview\nring-back queue: {queue.HandedOver} handed over, {queue.Closed} closed")).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
