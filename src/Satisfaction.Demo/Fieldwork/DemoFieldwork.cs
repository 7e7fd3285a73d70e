using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Satisfaction.Application.Rdd;
using Satisfaction.Application.Ringback;
using Satisfaction.Application.Sampling;
using Satisfaction.Core.Fieldwork;
using Satisfaction.Core.Questionnaires;
using Satisfaction.Core.Rdd;
using Satisfaction.Core.Sampling;
using Satisfaction.Core.Sms;
using Satisfaction.Core.Time;
using Satisfaction.Data;
using Satisfaction.Data.Entities;
using Satisfaction.Sms.Conversations;
using Satisfaction.Sms.Dispatch;
using Satisfaction.Sms.Hosting;
using Satisfaction.Sms.Inbound;
using Satisfaction.Sms.Outbox;
using Satisfaction.Sms.Transport;

namespace Satisfaction.Demo.Fieldwork;

/// <summary>
/// Two years (or <see cref="Pipeline.DemoRequest.Years"/>) of fieldwork on the service's own use cases, on a
/// <see cref="DemoClock"/> that the simulation moves: each week's draw on its day; each month's RDD release; three
/// times a day the <c>sms-dispatch</c> pass (invitations, the reminder, expiry), the outbox on the offline transport,
/// simulated victims replying through the webhook's writer (<see cref="SmsInboundWriter"/>, the same path as
/// <c>POST /sms/inbound</c>), the hand-over of SMS non-responders to the ring-back queue, and two simulated
/// call-handlers working the queue through <see cref="RingbackDesk"/> for two hours. Nothing here decides what the
/// service does; it only plays the victims, households and handlers.
/// </summary>
public sealed class DemoFieldwork(IServiceProvider services)
{
    private static readonly (int Hour, int Minute)[] Sessions = [(10, 0), (14, 0), (18, 30)];
    private static readonly string[] NonsenseReplies = ["?", "hmm", "who is this", "\U0001F642\U0001F44D", "asdf", "k"];
    private static readonly string[] StopReplies = ["STOP", "stop", " Stop. ", "STOP!"];

    /// <summary>The handlers' names.</summary>
    public static readonly IReadOnlyList<string> Handlers = ["demo-handler-1", "demo-handler-2"];

    /// <summary>Runs the fieldwork from <paramref name="from"/> to the request's as-of date.</summary>
    /// <param name="run">The demo run (its store, request and force).</param>
    /// <param name="programmes">The programmes of the draws.</param>
    /// <param name="truth">The true rates the respondents answer from.</param>
    /// <param name="from">First day to simulate.</param>
    /// <param name="drawDates">The weekly draw dates (ascending).</param>
    /// <param name="cancellationToken">Cancels between steps.</param>
    public async Task<DemoFieldworkResult> RunAsync(
        Pipeline.DemoRun run,
        IReadOnlyList<SamplingProgramme> programmes,
        DemoTrueRates truth,
        DateOnly from,
        IReadOnlyList<DateOnly> drawDates,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var session = new Session(services, run, programmes, truth, new DemoClock(Local(from, 6, 0)));
        return await session.RunAsync(from, drawDates, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The UTC instant of a UK local time.</summary>
    internal static DateTimeOffset Local(DateOnly day, int hour, int minute) =>
        UkLocalTime.ToInstantLenient(day.ToDateTime(new TimeOnly(hour, minute))).ToUniversalTime();

    private enum SmsHabit
    {
        Complete,
        Ignore,
        AfterReminder,
        BreakOff,
        StopAtStart,
        StopMidway,
        Refuse,
    }

    private sealed class Session
    {
        private readonly IServiceProvider _services;
        private readonly Pipeline.DemoRun _run;
        private readonly IReadOnlyList<SamplingProgramme> _programmes;
        private readonly DemoTrueRates _truth;
        private readonly DemoClock _clock;
        private readonly SatisfactionStore _store;
        private readonly long _seed;
        private readonly Dictionary<long, (string Group, string Division)> _cells = [];
        private readonly HashSet<long> _reminded = [];
        private readonly HashSet<long> _helped = [];
        private readonly List<(DateTimeOffset Due, string Phone, string Sid)> _starts = [];
        private readonly Dictionary<string, TimeSpan> _time = new(StringComparer.Ordinal);
        private long _lastSeenOutbox;
        private int _draws, _releases, _sent, _replies, _stops, _startCount, _helps, _nonsense, _handedOver, _calls, _conflicts;

        public Session(IServiceProvider services, Pipeline.DemoRun run, IReadOnlyList<SamplingProgramme> programmes, DemoTrueRates truth, DemoClock clock)
        {
            _services = services;
            _run = run;
            _programmes = programmes;
            _truth = truth;
            _clock = clock;
            _store = services.GetRequiredService<SatisfactionStore>();
            _seed = run.Request.Seed;
        }

        public async Task<DemoFieldworkResult> RunAsync(DateOnly from, IReadOnlyList<DateOnly> drawDates, CancellationToken cancellationToken)
        {
            var asOf = _run.Request.AsOf;
            var dispatch = ActivatorUtilities.CreateInstance<SmsDispatchService>(_services, _clock);
            var writer = ActivatorUtilities.CreateInstance<SmsInboundWriter>(_services, _clock);

            // The offline transport records every text in the store; the demo prints none of them (thousands).
            using var limiter = new SmsRateLimiter(Options.Create(new SmsOptions { MaxPerSecond = 1000 }));
            using var sender = ActivatorUtilities.CreateInstance<SmsOutboxSender>(_services, _clock, (ISmsTransport)new OfflineSmsTransport(TextWriter.Null), limiter);
            var engine = await _services.GetRequiredService<SmsSurvey>().EngineAsync(cancellationToken).ConfigureAwait(false);
            var scripts = _services.GetRequiredService<RingbackScripts>();
            using var queueScope = _services.CreateScope();
            var builder = queueScope.ServiceProvider.GetRequiredService<RingbackQueueBuilder>();
            var handOver = ActivatorUtilities.CreateInstance<SmsHandOver>(queueScope.ServiceProvider, _clock);
            var desks = new List<(string Name, IServiceScope Scope, RingbackDesk Desk)>();
            foreach (var name in Handlers)
            {
                var scope = _services.CreateScope();
                desks.Add((name, scope, ActivatorUtilities.CreateInstance<RingbackDesk>(scope.ServiceProvider, _clock)));
            }

            var doneDraws = (await _run.Db.SampleDraws.AsNoTracking().Select(d => d.AsOf).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
            var drawSet = drawDates.ToHashSet();
            var banksConfigured = await _run.Db.NumberBanks.AnyAsync(b => b.ForceId == _run.ForceId, cancellationToken).ConfigureAwait(false);
            _lastSeenOutbox = await _run.Db.SmsOutbox.AsNoTracking().MaxAsync(m => (long?)m.Id, cancellationToken).ConfigureAwait(false) ?? 0;
            await writer.StartAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                for (var day = from; day <= asOf; day = day.AddDays(1))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (day.Day == 1 && _run.Progress is { } progress)
                    {
                        await progress.WriteLineAsync(FormattableString.Invariant(
                            $"  fieldwork at {day:yyyy-MM}: {_draws} draws, {_sent} texts, {_replies} replies, {_calls} calls ({string.Join(", ", _time.OrderByDescending(kv => kv.Value).Select(kv => FormattableString.Invariant($"{kv.Key} {kv.Value.TotalSeconds:0.0} s")))})")).ConfigureAwait(false);
                    }
                    _clock.MoveTo(Local(day, 7, 0));
                    var queueChanged = false;
                    if (drawSet.Contains(day) && !doneDraws.Contains(day))
                    {
                        var db = _store.CreateDbContext();
                        await using (db.ConfigureAwait(false))
                        {
                            var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
                            await new SampleDrawService(db, _clock).RunAsync(new SampleRunRequest(day, null, DryRun: false, _programmes), cancellationToken).ConfigureAwait(false);
                            Tally("draws", t0);
                        }

                        _draws++;
                        queueChanged = true;
                    }

                    if (day.Day == 1 || day == from)
                    {
                        queueChanged |= await ReleaseAsync(day, banksConfigured, cancellationToken).ConfigureAwait(false);
                        banksConfigured = true;
                    }

                    if (queueChanged)
                    {
                        var t2 = System.Diagnostics.Stopwatch.GetTimestamp();
                        await builder.BuildAsync(_clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                        Tally("queue", t2);
                    }

                    foreach (var (hour, minute) in Sessions)
                    {
                        var start = Local(day, hour, minute);
                        _clock.MoveTo(start);
                        await SmsAsync(dispatch, writer, sender, handOver, engine.Questionnaire, cancellationToken).ConfigureAwait(false);
                        var t1 = System.Diagnostics.Stopwatch.GetTimestamp();
                        await PhoneAsync(desks, scripts, start.AddHours(2), cancellationToken).ConfigureAwait(false);
                        Tally("phone", t1);
                    }
                }
            }
            finally
            {
                await writer.StopAsync(CancellationToken.None).ConfigureAwait(false);
                writer.Dispose();
                foreach (var desk in desks)
                {
                    desk.Scope.Dispose();
                }
            }

            return new DemoFieldworkResult(from, asOf, _draws, _releases, _sent, _replies, _stops, _startCount, _helps, _nonsense, _handedOver, _calls, _conflicts)
            {
                Timings = string.Join(", ", _time.OrderByDescending(kv => kv.Value).Select(kv => FormattableString.Invariant($"{kv.Key} {kv.Value.TotalSeconds:0.0} s"))),
            };
        }

        private void Tally(string what, long started) =>
            _time[what] = _time.GetValueOrDefault(what) + System.Diagnostics.Stopwatch.GetElapsedTime(started);

        private async Task<bool> ReleaseAsync(DateOnly day, bool banksConfigured, CancellationToken cancellationToken)
        {
            var db = _store.CreateDbContext();
            await using (db.ConfigureAwait(false))
            {
                var planner = new ReleasePlannerOptions
                {
                    TargetInterviewsPerMonth = _run.Request.RddInterviewsPerMonth,
                    ReplicateSize = _run.Request.RddReplicateSize,
                };
                var result = await new RddReleaseService(db, _clock)
                    .ReleaseAsync(_run.ForceId, day, banksConfigured ? null : DemoNumberBanks.Load(), planner: planner, cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
                _releases += result.NumbersReleased > 0 ? 1 : 0;
                return result.NumbersReleased > 0;
            }
        }

        private async Task SmsAsync(SmsDispatchService dispatch, SmsInboundWriter writer, SmsOutboxSender sender, SmsHandOver handOver, Questionnaire questionnaire, CancellationToken cancellationToken)
        {
            var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
            await dispatch.RunAsync(cancellationToken).ConfigureAwait(false);
            Tally("dispatch", t0);
            t0 = System.Diagnostics.Stopwatch.GetTimestamp();
            await HandOverAsync(handOver, cancellationToken).ConfigureAwait(false);
            Tally("hand-over", t0);
            for (var round = 0; round < 60; round++)
            {
                t0 = System.Diagnostics.Stopwatch.GetTimestamp();
                _sent += await sender.SendDueAsync(100_000, cancellationToken).ConfigureAwait(false);
                Tally("outbox", t0);
                t0 = System.Diagnostics.Stopwatch.GetTimestamp();
                var replies = await RepliesAsync(questionnaire, cancellationToken).ConfigureAwait(false);
                Tally("victims", t0);
                if (replies.Count == 0)
                {
                    break;
                }

                // Submitted together, as concurrent webhooks would be: the writer applies them in this order.
                t0 = System.Diagnostics.Stopwatch.GetTimestamp();
                var work = replies.Select(r => writer.SubmitAsync(r, cancellationToken)).ToList();
                await Task.WhenAll(work).ConfigureAwait(false);
                Tally("inbound", t0);
                _replies += replies.Count;
                _clock.Advance(TimeSpan.FromMinutes(2));
            }

            await HandOverAsync(handOver, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Hands the cases the SMS side gave up on (expired, undeliverable) to the ring-back queue.</summary>
        private async Task HandOverAsync(SmsHandOver handOver, CancellationToken cancellationToken)
        {
            List<(long Case, string? Reason, string Questionnaire)> due;
            var db = _store.CreateDbContext();
            await using (db.ConfigureAwait(false))
            {
                var rows = await (
                        from ch in db.SmsCaseChannels.AsNoTracking()
                        where ch.RingBackQueued
                        join cc in db.CallCases.AsNoTracking() on (long?)ch.SampledCaseId equals cc.SampledCaseId
                        where cc.Purpose == CallPurpose.Survey && cc.Status == CallCaseStatus.AwaitingSms
                        orderby ch.SampledCaseId
                        select new { ch.SampledCaseId, ch.RingBackReason, cc.QuestionnaireId })
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                due = [.. rows.Select(r => (r.SampledCaseId, r.RingBackReason, r.QuestionnaireId))];
            }

            foreach (var (id, reason, questionnaire) in due)
            {
                var source = reason == "no_response" ? CallSource.SmsNonResponse : CallSource.SmsUndeliverable;
                _handedOver += await handOver.HandOverAsync(id, source, questionnaire, cancellationToken).ConfigureAwait(false) ? 1 : 0;
            }
        }

        /// <summary>The victims' answers to the texts sent since the last look, and any START that is due.</summary>
        private async Task<List<SmsInboundReply>> RepliesAsync(Questionnaire questionnaire, CancellationToken cancellationToken)
        {
            var now = _clock.GetUtcNow();
            var replies = new List<SmsInboundReply>();
            foreach (var start in _starts.Where(s => s.Due <= now).ToList())
            {
                replies.Add(new SmsInboundReply(start.Sid, start.Phone, "START"));
                _starts.Remove(start);
                _startCount++;
            }

            var db = _store.CreateDbContext();
            await using (db.ConfigureAwait(false))
            {
                var fresh = await db.SmsOutbox.AsNoTracking()
                    .Where(m => m.Id > _lastSeenOutbox && m.Status == SmsOutboxStatus.Sent)
                    .OrderBy(m => m.Id)
                    .Select(m => new { m.Id, m.Kind, m.ConversationId, m.ToPhone })
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                if (fresh.Count == 0)
                {
                    return replies;
                }

                _lastSeenOutbox = fresh[^1].Id;
                foreach (var m in fresh.Where(m => m.Kind == SmsMessageKind.Reminder && m.ConversationId is not null))
                {
                    _reminded.Add(m.ConversationId!.Value);
                }

                var latest = fresh.Where(m => m.ConversationId is not null).GroupBy(m => m.ConversationId!.Value).Select(g => g.Last()).ToList();
                var ids = latest.Select(m => m.ConversationId!.Value).ToList();
                var conversations = await db.SmsConversations.AsNoTracking().Where(c => ids.Contains(c.Id) && c.Status == SmsConversationStatus.Open)
                    .Select(c => new { c.Id, c.SampledCaseId, c.StateJson }).ToDictionaryAsync(c => c.Id, cancellationToken).ConfigureAwait(false);
                await LoadCellsAsync(db, [.. conversations.Values.Select(c => c.SampledCaseId)], cancellationToken).ConfigureAwait(false);
                foreach (var m in latest)
                {
                    if (m.Kind is not (SmsMessageKind.Invitation or SmsMessageKind.Question or SmsMessageKind.Reprompt or SmsMessageKind.Reminder or SmsMessageKind.Help)
                        || !conversations.TryGetValue(m.ConversationId!.Value, out var c))
                    {
                        continue;
                    }

                    var state = SmsSurvey.Deserialise(c.StateJson);
                    if (Reply(questionnaire, c.Id, c.SampledCaseId, state, m.Id, m.ToPhone, now) is { } text)
                    {
                        replies.Add(new SmsInboundReply(FormattableString.Invariant($"SMdemo{m.Id:D14}"), m.ToPhone, text));
                    }
                }
            }

            return replies;
        }

        /// <summary>What the victim of a case texts back to message <paramref name="messageId"/>, or null for silence.</summary>
        private string? Reply(Questionnaire questionnaire, long conversationId, long caseId, SmsConversationState state, long messageId, string phone, DateTimeOffset now)
        {
            if (state.CurrentQuestionId is not { } questionId || questionnaire.FindQuestion(questionId) is not { } question)
            {
                return null;
            }

            var victim = Victim(caseId);
            var habitDraw = victim.Random("sms-habit");
            var u = habitDraw.NextDouble();
            var habit = u < 0.04 ? SmsHabit.StopAtStart
                : u < 0.06 ? SmsHabit.StopMidway
                : u < 0.38 ? SmsHabit.Ignore
                : u < 0.46 ? SmsHabit.AfterReminder
                : u < 0.51 ? SmsHabit.BreakOff
                : u < 0.54 ? SmsHabit.Refuse
                : SmsHabit.Complete;
            var breakAt = 1 + habitDraw.NextInt32(4);
            var rng = victim.Random("sms-reply", messageId);
            switch (habit)
            {
                case SmsHabit.Ignore:
                case SmsHabit.AfterReminder when !_reminded.Contains(conversationId):
                case SmsHabit.BreakOff when state.Answers.Count >= breakAt:
                    return null;
                case SmsHabit.StopAtStart:
                case SmsHabit.StopMidway when state.Answers.Count >= breakAt:
                    _stops++;
                    if (rng.NextDouble() < 0.3)
                    {
                        _starts.Add((now.AddDays(2), phone, FormattableString.Invariant($"SMdemoStart{messageId:D14}")));
                    }

                    return StopReplies[rng.NextInt32(StopReplies.Length)];
                case SmsHabit.Refuse when state.Answers.Count == 0:
                    return "No";
            }

            if (state.Reprompts == 0 && rng.NextDouble() < 0.06)
            {
                _nonsense++;
                return NonsenseReplies[rng.NextInt32(NonsenseReplies.Length)];
            }

            if (rng.NextDouble() < 0.02 && _helped.Add(conversationId))
            {
                _helps++;
                return "HELP";
            }

            var scale = questionnaire.ScaleOf(question);
            return DemoRespondent.SmsText(victim.AnswerTo(questionnaire, question, scale), scale, rng);
        }

        private async Task PhoneAsync(List<(string Name, IServiceScope Scope, RingbackDesk Desk)> desks, RingbackScripts scripts, DateTimeOffset until, CancellationToken cancellationToken)
        {
            while (_clock.GetUtcNow() < until)
            {
                var claims = new List<(string Name, RingbackDesk Desk, CaseClaim Claim)>();
                foreach (var (name, _, desk) in desks)
                {
                    var next = await desk.NextAsync(name, cancellationToken).ConfigureAwait(false);
                    if (next.Claim is { } claim)
                    {
                        if (claims.Any(c => c.Claim.CaseId == claim.CaseId))
                        {
                            _conflicts++;
                            continue;
                        }

                        claims.Add((name, desk, claim));
                    }
                }

                if (claims.Count == 0)
                {
                    return;
                }

                var longest = TimeSpan.Zero;
                foreach (var (name, desk, claim) in claims)
                {
                    var took = await CallAsync(desk, name, claim, scripts, cancellationToken).ConfigureAwait(false);
                    longest = took > longest ? took : longest;
                    _calls++;
                }

                _clock.Advance(longest);
            }
        }

        /// <summary>One call: who answers (if anyone), the interview through the desk, and the outcome recorded.</summary>
        private async Task<TimeSpan> CallAsync(RingbackDesk desk, string handler, CaseClaim claim, RingbackScripts scripts, CancellationToken cancellationToken)
        {
            var db = _store.CreateDbContext();
            DemoRespondent person;
            CallCase c;
            await using (db.ConfigureAwait(false))
            {
                c = await db.CallCases.AsNoTracking().SingleAsync(x => x.Id == claim.CaseId, cancellationToken).ConfigureAwait(false);
                if (c.Kind == CaseKind.Victim)
                {
                    await LoadCellsAsync(db, [c.SampledCaseId!.Value], cancellationToken).ConfigureAwait(false);
                    person = Victim(c.SampledCaseId!.Value);
                }
                else
                {
                    person = new DemoRespondent(_seed, _truth, "rdd", c.RddNumberId ?? c.Id, string.Empty, string.Empty);
                }
            }

            var number = person.Random("number").NextDouble();
            var rng = person.Random("call", c.Attempts);
            var u = rng.NextDouble();
            CallOutcome? outcome = c.Kind == CaseKind.Rdd && number < 0.22 ? CallOutcome.NotInService
                : c.Kind == CaseKind.Victim && number < 0.015 ? CallOutcome.WrongNumber
                : c.Kind == CaseKind.Rdd && number < 0.28 ? (u < 0.7 ? CallOutcome.NoAnswer : CallOutcome.AnsweringMachine)
                : u < 0.22 ? CallOutcome.NoAnswer
                : u < 0.25 ? CallOutcome.Busy
                : u < 0.31 ? CallOutcome.AnsweringMachine
                : u < 0.37 ? CallOutcome.Refusal
                : u < 0.41 ? CallOutcome.Appointment
                : null;
            if (outcome is { } quick)
            {
                var at = quick == CallOutcome.Appointment ? Local(UkLocalTime.ToUkDate(_clock.GetUtcNow()).AddDays(1), 18, 0) : (DateTimeOffset?)null;
                await desk.RecordAsync(new RecordRequest(claim.CaseId, handler, quick, at, null, claim.LockVersion), cancellationToken).ConfigureAwait(false);
                return TimeSpan.FromMinutes(quick is CallOutcome.Refusal or CallOutcome.Appointment ? 3 : 1);
            }

            var questionnaire = scripts.Engine(c.QuestionnaireId).Questionnaire;
            var breakAt = rng.NextDouble() < 0.03 ? 3 + rng.NextInt32(4) : int.MaxValue;
            var step = await desk.StartInterviewAsync(claim, handler, cancellationToken).ConfigureAwait(false);
            var asked = 0;
            while (step.Question is { } question && step.Scale is { } scale)
            {
                if (asked == breakAt)
                {
                    await desk.RecordAsync(new RecordRequest(claim.CaseId, handler, CallOutcome.BreakOff, null, null, claim.LockVersion), cancellationToken).ConfigureAwait(false);
                    return TimeSpan.FromMinutes(2 + asked / 2);
                }

                step = await desk.AnswerAsync(claim, handler, person.AnswerTo(questionnaire, question, scale), cancellationToken).ConfigureAwait(false);
                if (step.Rejected is { } why)
                {
                    throw new InvalidOperationException($"the demo's answer to '{question.Id}' was refused: {why}");
                }

                asked++;
            }

            var answered = step.Answers.Select(a => a.QuestionId).ToHashSet(StringComparer.Ordinal);
            var end = step.Status == InterviewStatus.Completed && questionnaire.Measures.Any(m => answered.Contains(m.QuestionId)) ? CallOutcome.Complete
                : step.Answers.Count > 0 && step.Answers[^1].QuestionId is "household" or "in_area" or "respondent_16_plus" or "recall" or "adults" ? CallOutcome.NotEligible
                : CallOutcome.Refusal;
            await desk.RecordAsync(new RecordRequest(claim.CaseId, handler, end, null, null, claim.LockVersion), cancellationToken).ConfigureAwait(false);
            return TimeSpan.FromMinutes(2 + asked / 2);
        }

        private DemoRespondent Victim(long caseId)
        {
            var (group, division) = _cells[caseId];
            return new DemoRespondent(_seed, _truth, "victim", caseId, group, division);
        }

        private async Task LoadCellsAsync(SatisfactionDbContext db, IReadOnlyList<long> caseIds, CancellationToken cancellationToken)
        {
            var missing = caseIds.Where(id => !_cells.ContainsKey(id)).Distinct().ToList();
            if (missing.Count == 0)
            {
                return;
            }

            var rows = await (
                    from s in db.SampledCases.AsNoTracking()
                    where missing.Contains(s.Id)
                    join d in db.Divisions.AsNoTracking() on s.DivisionId equals d.Id
                    select new { s.Id, s.UserGroup, d.Code })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var r in rows)
            {
                _cells[r.Id] = (r.UserGroup, r.Code);
            }
        }
    }
}
