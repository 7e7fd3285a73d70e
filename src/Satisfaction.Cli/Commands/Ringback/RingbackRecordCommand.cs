using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Satisfaction.Application.Ringback;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Fieldwork;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Ringback;

/// <summary>
/// <c>satisfaction ringback record CASE_ID --handler NAME --disposition CODE [--appointment yyyy-MM-ddTHH:mm]
/// [--answers FILE.json]</c>: ends a call with its outcome through the desk the console uses.
/// </summary>
public sealed class RingbackRecordCommand(CliHost host, IServiceProvider services) : AsyncCommand<RingbackRecordCommand.Settings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var answers = settings.Answers is null ? null : AnswersFile.Read(host.ResolvePath(settings.Answers), settings.Answers);
        var desk = ActivatorUtilities.CreateInstance<RingbackDesk>(services, RingbackClock.For(host.Time, settings.Now));
        var outcome = EnumCodes.Parse<CallOutcome>(settings.Disposition);
        var appointment = settings.Appointment is null ? (DateTimeOffset?)null : RingbackClock.Parse(settings.Appointment);
        var result = await desk.RecordAsync(new RecordRequest(settings.CaseId, settings.Handler!, outcome, appointment, answers), cancellationToken).ConfigureAwait(false);
        var policy = services.GetRequiredService<RingbackPolicy>();
        var next = result.NextCallAt is { } at ? policy.ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : null;
        if (settings.Format == "json")
        {
            await host.Out.WriteLineAsync(JsonSerializer.Serialize(new
            {
                case_id = result.CaseId,
                disposition = result.Disposition,
                closed = result.Closed,
                next_call_at = result.NextCallAt?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                attempts = result.Attempts,
                reason = result.Reason,
            })).ConfigureAwait(false);
        }
        else
        {
            var what = result.Closed ? "closed as " + result.Disposition : "next call from " + next + " UK time (" + result.Disposition + ")";
            await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"case {result.CaseId}: {settings.Disposition} recorded, attempt {result.Attempts}; {what}")).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }

    /// <summary>Options of <c>ringback record</c>.</summary>
    public sealed class Settings : RingbackSettings
    {
        /// <summary>The case.</summary>
        [CommandArgument(0, "<CASE_ID>")]
        [Description("The ring-back case id.")]
        public long CaseId { get; init; }

        /// <summary>The outcome code.</summary>
        [CommandOption("--disposition <CODE>")]
        [Description("The outcome: complete, partial, refusal, break_off, no_answer, busy, answering_machine, message_left, wrong_number, not_in_service, not_eligible, appointment, language, unable.")]
        public string? Disposition { get; init; }

        /// <summary>The appointment time, UK local.</summary>
        [CommandOption("--appointment <TIME>")]
        [Description("For 'appointment': the agreed time, yyyy-MM-ddTHH:mm (UK local time).")]
        public string? Appointment { get; init; }

        /// <summary>Answers given in the call.</summary>
        [CommandOption("--answers <FILE>")]
        [Description("JSON object of question id to code or text, in the order asked, continuing the stored interview.")]
        public string? Answers { get; init; }

        /// <summary>Output format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("text (default) or json.")]
        public string Format { get; init; } = "text";

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Disposition))
            {
                return ValidationResult.Error("--disposition CODE is required: " + string.Join(", ", EnumCodes.Codes<CallOutcome>()) + ".");
            }

            if (!EnumCodes.TryParse<CallOutcome>(Disposition, out _))
            {
                return ValidationResult.Error($"--disposition '{TerminalText.Safe(Disposition)}' is not an outcome; use one of " + string.Join(", ", EnumCodes.Codes<CallOutcome>()) + ".");
            }

            if (Appointment is not null && (RingbackClock.Check(Appointment) is { } problem))
            {
                return ValidationResult.Error(problem.Replace("--now", "--appointment", StringComparison.Ordinal));
            }

            return Format is "text" or "json" ? base.Validate() : ValidationResult.Error($"--format '{Format}' is not text or json.");
        }
    }
}
