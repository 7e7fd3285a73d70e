using System.Globalization;
using NodaTime;
using Satisfaction.Core.Contact;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Rdd;

namespace Satisfaction.Core.Fieldwork;

/// <summary>
/// Decides when a telephone case may next be called, or that it is closed and with which AAPOR disposition,
/// from its attempts so far: a final outcome closes it; an appointment is kept (even beyond the maximum, up to
/// <see cref="RecallOptions.ExtraAttemptsForAppointments"/> more); otherwise it is closed after
/// <see cref="RecallOptions.MaxAttempts"/> attempts, and the next call waits the outcome's delay and at least the
/// minimum gap, falls in the permitted calling hours (<see cref="ContactWindows"/>, phone channel) and, where the
/// outcome's rule says so, in a different part of the day from the last attempt. Pure; "now" is passed in.
/// </summary>
public sealed class RecallPlanner
{
    /// <summary>How many part-of-day moves to try before giving up on a different part of the day.</summary>
    private const int MaxDayPartMoves = 64;

    private static readonly AaporOutcome[] Precedence =
    [
        AaporOutcome.Complete, AaporOutcome.Partial, AaporOutcome.Refusal, AaporOutcome.Other,
        AaporOutcome.NonContact, AaporOutcome.UnknownOther, AaporOutcome.UnknownHousehold, AaporOutcome.NotEligible,
    ];

    private readonly RecallRules rules;
    private readonly RecallOptions options;
    private readonly ContactWindows windows;

    /// <summary>Creates the planner.</summary>
    /// <exception cref="InvalidInputException">The options are not usable; the message lists every problem.</exception>
    public RecallPlanner(RecallRules rules, RecallOptions options, ContactWindows windows)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(windows);
        if (options.Validate() is { Count: > 0 } problems)
        {
            throw new InvalidInputException("Re-call options: " + string.Join("; ", problems));
        }

        this.rules = rules;
        this.options = options;
        this.windows = windows;
    }

    /// <summary>Plans the next call of a case.</summary>
    /// <param name="kind">Victim or RDD case (their AAPOR codes differ).</param>
    /// <param name="attempts">Every attempt so far, in any order.</param>
    /// <param name="now">The current instant.</param>
    /// <exception cref="ArgumentException">An appointment attempt has no appointment time.</exception>
    public RecallPlan Plan(CaseKind kind, IReadOnlyList<CallAttempt> attempts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        var ordered = attempts.OrderBy(a => a.At).ToList();
        if (ordered.FirstOrDefault(a => a.Outcome == CallOutcome.Appointment && a.AppointmentAt is null) is { } bad)
        {
            throw new ArgumentException($"The appointment attempt at {bad.At:O} has no appointment time.", nameof(attempts));
        }

        var count = ordered.Count;
        if (ordered.FirstOrDefault(a => rules.For(a.Outcome).Final) is { } final)
        {
            var code = rules.For(final.Outcome).DispositionFor(kind);
            return Closed(code, count, $"closed by a final outcome ({EnumCodes.ToCode(final.Outcome)}, {code})");
        }

        if (count == 0)
        {
            var first = windows.Decide(ContactChannel.Phone, now);
            return Open(kind, ordered, first.NextAllowedAt, false, "not called yet; " + (first.Allowed ? "may be called now" : "first call when calling hours open"));
        }

        var last = ordered[^1];
        var rule = rules.For(last.Outcome);
        if (last.Outcome == CallOutcome.Appointment)
        {
            var limit = options.MaxAttempts + options.ExtraAttemptsForAppointments;
            if (count >= limit)
            {
                var code = Disposition(kind, ordered);
                return Closed(code, count, Invariant($"{count} attempts made (the maximum {options.MaxAttempts} plus {options.ExtraAttemptsForAppointments} for appointments) without a final outcome; closed as {code}"));
            }

            var appointment = last.AppointmentAt!.Value;
            var due = windows.Decide(ContactChannel.Phone, appointment > now ? appointment : now);
            var why = appointment > now
                ? (due.Allowed ? "appointment" : "appointment falls outside calling hours; called when they next open")
                : "appointment time has passed; call as soon as calling hours allow";
            return Open(kind, ordered, due.NextAllowedAt, true, why);
        }

        if (count >= options.MaxAttempts)
        {
            var code = Disposition(kind, ordered);
            return Closed(code, count, Invariant($"{count} attempts made (maximum {options.MaxAttempts}) without a final outcome; closed as {code}"));
        }

        var wait = rule.Delay > options.MinimumGap ? rule.Delay : options.MinimumGap;
        var earliest = last.At + wait;
        var from = earliest > now ? earliest : now;
        var next = rule.ChangeDayPart ? InOtherDayPart(from, PartOf(last.At)) : Plain(from);
        var reason = Invariant($"last attempt {EnumCodes.ToCode(last.Outcome)}; wait at least {Hours(wait)}")
            + (rule.ChangeDayPart ? Invariant($", then call in a part of the day other than the {PartOf(last.At).ToString().ToLowerInvariant()}") : string.Empty)
            + ", within calling hours";
        return Open(kind, ordered, next, false, reason);
    }

    /// <summary>
    /// The disposition a case has after these attempts: the code of its final outcome if any; otherwise, among
    /// the attempts' codes, the one of the most informative class (I, P, R, O, NC, UO, UH in that order; within
    /// a class, the latest attempt), so that, for example, six unanswered calls close an RDD number as 3.13 (UH)
    /// and a victim as 2.20 (non-contact), and a partial interview outranks a later no answer. No attempts: 3.11.
    /// </summary>
    public string Disposition(CaseKind kind, IReadOnlyList<CallAttempt> attempts)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        var ordered = attempts.OrderBy(a => a.At).ToList();
        if (ordered.Count == 0)
        {
            return AaporDispositions.NotAttempted;
        }

        if (ordered.FirstOrDefault(a => rules.For(a.Outcome).Final) is { } final)
        {
            return rules.For(final.Outcome).DispositionFor(kind);
        }

        return ordered
            .Select((a, i) => (Code: rules.For(a.Outcome).DispositionFor(kind), Index: i))
            .OrderBy(c => Array.IndexOf(Precedence, AaporDispositions.Classify(c.Code)))
            .ThenByDescending(c => c.Index)
            .First().Code;
    }

    /// <summary>The part of the day of an instant, in the calendar's local time.</summary>
    public DayPart PartOf(DateTimeOffset instant) =>
        options.PartOf(Instant.FromDateTimeOffset(instant).InZone(windows.Zone).TimeOfDay.ToTimeOnly());

    private DateTimeOffset Plain(DateTimeOffset from) => windows.Decide(ContactChannel.Phone, from).NextAllowedAt;

    private DateTimeOffset InOtherDayPart(DateTimeOffset from, DayPart avoid)
    {
        var candidate = Instant.FromDateTimeOffset(from);
        for (var i = 0; i < MaxDayPartMoves; i++)
        {
            var decision = windows.Decide(ContactChannel.Phone, candidate);
            var at = decision.NextAllowedAt;
            var part = PartOf(at);
            if (part != avoid)
            {
                return at;
            }

            // Jump to the start of the next part of the day (local), then ask the calendar again.
            var local = Instant.FromDateTimeOffset(at).InZone(windows.Zone).LocalDateTime;
            var boundary = part switch
            {
                DayPart.Morning => local.Date + LocalTime.FromTimeOnly(options.AfternoonStarts),
                DayPart.Afternoon => local.Date + LocalTime.FromTimeOnly(options.EveningStarts),
                _ => local.Date.PlusDays(1).AtMidnight(),
            };
            candidate = windows.AtLocal(boundary);
        }

        // The calling hours never reach another part of the day (e.g. calls only 09:00-12:00): keep to the hours.
        return Plain(from);
    }

    private RecallPlan Open(CaseKind kind, List<CallAttempt> ordered, DateTimeOffset next, bool appointment, string reason)
    {
        var code = Disposition(kind, ordered);
        return new RecallPlan(false, next, appointment, code, AaporDispositions.Classify(code), ordered.Count, reason);
    }

    private static RecallPlan Closed(string code, int count, string reason) =>
        new(true, null, false, code, AaporDispositions.Classify(code), count, reason);

    private static string Hours(TimeSpan span) =>
        span.TotalMinutes % 60 == 0 ? Invariant($"{span.TotalHours:0.##} h") : Invariant($"{span.TotalMinutes:0} min");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
