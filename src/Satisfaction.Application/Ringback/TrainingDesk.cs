using System.Globalization;
using Satisfaction.Core;
using Satisfaction.Core.Fieldwork;
using Satisfaction.Core.Questionnaires;
using Satisfaction.Core.Randomness;
using Satisfaction.Core.Rdd;
using Satisfaction.Data.Entities;
using Answer = Satisfaction.Core.Questionnaires.Answer;

namespace Satisfaction.Application.Ringback;

/// <summary>
/// Training mode (<c>--training</c>): the same desk on made-up cases (Ofcom drama numbers, invented first names),
/// with the real scripts, routing, household selection and re-call rules, kept in memory: nothing is recorded
/// and the store is not touched. Cases are made from a seed, so a trainer can repeat a session.
/// </summary>
public sealed class TrainingDesk : IRingbackDesk
{
    private static readonly string[] Names = ["Alex", "Sam", "Jo", "Chris", "Pat", "Robin", "Jamie", "Morgan"];
    private static readonly (string Group, string Script)[] Groups =
        [("burglary", "uss-burglary"), ("vehicle", "uss-vehicle"), ("violent", "uss-violent"), ("hate", "uss-hate"), ("asb", "asb")];

    private readonly RingbackPolicy policy;
    private readonly RingbackScripts scripts;
    private readonly TimeProvider time;
    private readonly List<TrainingCase> cases = [];

    /// <summary>Makes <paramref name="count"/> cases (every fifth an RDD number) from <paramref name="seed"/>.</summary>
    public TrainingDesk(RingbackPolicy policy, RingbackScripts scripts, TimeProvider time, long seed = 1, int count = 10)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(scripts);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        this.policy = policy;
        this.scripts = scripts;
        this.time = time;
        var random = new SeededRandom(seed);
        var today = DateOnly.FromDateTime(policy.ToLocal(time.GetUtcNow()).DateTime);
        for (var i = 1; i <= count; i++)
        {
            var rdd = i % 5 == 0;
            var (group, script) = Groups[random.NextInt32(Groups.Length)];
            cases.Add(new TrainingCase
            {
                Id = i,
                Kind = rdd ? CaseKind.Rdd : CaseKind.Victim,
                FirstName = rdd ? null : Names[random.NextInt32(Names.Length)],
                Phone = rdd
                    ? string.Create(CultureInfo.InvariantCulture, $"+441632960{random.NextInt32(1000):000}")
                    : string.Create(CultureInfo.InvariantCulture, $"+447700900{random.NextInt32(1000):000}"),
                Group = group,
                Script = rdd ? RingbackQueueBuilder.RddQuestionnaire : script,
                Reported = today.AddDays(-42 - random.NextInt32(42)),
                Table = (KishTable)random.NextInt32(8),
            });
        }
    }

    /// <inheritdoc />
    public bool Training => true;

    /// <inheritdoc />
    public Task<NextCaseResult> NextAsync(string handler, CancellationToken cancellationToken = default)
    {
        RingbackText.CheckHandler(handler);
        var now = time.GetUtcNow();
        var c = cases.FirstOrDefault(x => x.Holder == handler)
            ?? cases.Where(x => !x.Closed && x.Holder is null && x.NextCallAt <= now).OrderBy(x => x.Priority).ThenBy(x => x.NextCallAt).ThenBy(x => x.Id).FirstOrDefault();
        if (c is null)
        {
            return Task.FromResult(new NextCaseResult(null, "no training case is due (start the console again for a fresh set)", null));
        }

        var resumed = c.Holder == handler;
        c.Holder = handler;
        c.Version++;
        return Task.FromResult(new NextCaseResult(new CaseClaim(c.Id, c.Kind, c.Version, now + policy.LockDuration, resumed), null, null));
    }

    /// <inheritdoc />
    public Task<CaseSheet> OpenAsync(CaseClaim claim, string handler, CancellationToken cancellationToken = default)
    {
        var c = Held(claim, handler);
        return Task.FromResult(new CaseSheet(
            c.Id, c.Kind, CallPurpose.Survey, c.FirstName, c.Phone, c.Kind == CaseKind.Victim ? RingbackText.CrimeTypeWords(c.Group) : null,
            c.Kind == CaseKind.Victim ? c.Reported : null, c.Script, [.. c.Attempts], c.Notes,
            policy.PlannerFor(c.Kind).Disposition(c.Kind, c.Attempts.Select(a => new CallAttempt(a.At, a.Outcome, a.AppointmentAt)).ToList()),
            c.Kind == CaseKind.Rdd ? policy.Selection : null,
            c.Kind == CaseKind.Rdd && policy.Selection == HouseholdSelectionMethod.KishGrid ? c.Table : null,
            true));
    }

    /// <inheritdoc />
    public Task<InterviewStep> StartInterviewAsync(CaseClaim claim, string handler, CancellationToken cancellationToken = default)
    {
        var c = Held(claim, handler);
        var engine = scripts.Engine(c.Script);
        c.State = c.State is null ? engine.Start(Sample(c)) : engine.Resume(c.State, Sample(c));
        return Task.FromResult(Step(engine, c, null));
    }

    /// <inheritdoc />
    public Task<InterviewStep> AnswerAsync(CaseClaim claim, string handler, Answer answer, CancellationToken cancellationToken = default)
    {
        var c = Held(claim, handler);
        var engine = scripts.Engine(c.Script);
        var result = engine.Submit(State(c), Sample(c), answer);
        if (result.Accepted)
        {
            c.State = result.State;
        }

        return Task.FromResult(Step(engine, c, result.Reason));
    }

    /// <inheritdoc />
    public Task<InterviewStep> BackAsync(CaseClaim claim, string handler, CancellationToken cancellationToken = default)
    {
        var c = Held(claim, handler);
        var engine = scripts.Engine(c.Script);
        var state = State(c);
        if (state.Answers.Count == 0)
        {
            return Task.FromResult(Step(engine, c, "this is the first question; there is nothing to go back to"));
        }

        c.State = engine.Replay(Sample(c), state.Answers.Take(state.Answers.Count - 1));
        return Task.FromResult(Step(engine, c, null));
    }

    /// <inheritdoc />
    public Task AddNoteAsync(CaseClaim claim, string handler, string note, CancellationToken cancellationToken = default)
    {
        var c = Held(claim, handler);
        if (!string.IsNullOrWhiteSpace(note))
        {
            var line = handler + ": " + note.Trim();
            c.Notes = c.Notes is null ? line : c.Notes + "\n" + line;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task SaveHouseholdAsync(CaseClaim claim, string handler, HouseholdSelection selection, int? position, CancellationToken cancellationToken = default)
    {
        Held(claim, handler);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task TouchAsync(CaseClaim claim, string handler, CancellationToken cancellationToken = default)
    {
        Held(claim, handler);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<RecordResult> RecordAsync(RecordRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var c = cases.SingleOrDefault(x => x.Id == request.CaseId) ?? throw new InvalidInputException($"there is no training case {request.CaseId}.");
        if (c.Holder != request.Handler)
        {
            throw new InvalidInputException(RingbackText.LockLost(c.Id));
        }

        var now = time.GetUtcNow();
        if (request.Outcome == CallOutcome.Appointment && (request.AppointmentAt is not { } at || at <= now))
        {
            throw new InvalidInputException("an appointment needs a date and time after now.");
        }

        if (request.Outcome == CallOutcome.Complete && c.State?.Status != InterviewStatus.Completed)
        {
            throw new InvalidInputException("complete needs the interview finished; record partial or break_off instead.");
        }

        c.Attempts.Add(new AttemptLine(now, request.Handler, request.Outcome, policy.Rules.For(request.Outcome).DispositionFor(c.Kind), request.AppointmentAt));
        var plan = policy.PlannerFor(c.Kind).Plan(c.Kind, c.Attempts.Select(a => new CallAttempt(a.At, a.Outcome, a.AppointmentAt)).ToList(), now);
        c.Closed = plan.Closed;
        c.NextCallAt = plan.NextCallAt ?? DateTimeOffset.MaxValue;
        c.Priority = plan.IsAppointment ? 0 : 2;
        c.Holder = null;
        return Task.FromResult(new RecordResult(c.Id, plan.Disposition, plan.Closed, plan.NextCallAt, c.Attempts.Count, plan.Reason));
    }

    /// <inheritdoc />
    public Task<bool> ReleaseAsync(long caseId, string handler, CancellationToken cancellationToken = default)
    {
        var c = cases.SingleOrDefault(x => x.Id == caseId);
        if (c is null || c.Holder != handler)
        {
            return Task.FromResult(false);
        }

        c.Holder = null;
        return Task.FromResult(true);
    }

    private TrainingCase Held(CaseClaim claim, string handler)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var c = cases.SingleOrDefault(x => x.Id == claim.CaseId);
        return c is not null && c.Holder == handler && c.Version == claim.LockVersion ? c : throw new InvalidInputException(RingbackText.LockLost(claim.CaseId));
    }

    private static InterviewState State(TrainingCase c) => c.State ?? throw new InvalidInputException("the interview has not been started.");

    private static Dictionary<string, string> Sample(TrainingCase c) => new(StringComparer.Ordinal)
    {
        ["crime_type"] = RingbackText.CrimeTypeWords(c.Group),
        ["report_date"] = RingbackText.ReadOutDate(c.Reported),
        ["user_group"] = c.Group,
        ["force_name"] = "the police (training)",
        ["area_name"] = "the training area",
    };

    private static InterviewStep Step(InterviewEngine engine, TrainingCase c, string? rejected)
    {
        var state = State(c);
        var question = engine.Current(state);
        return new InterviewStep(state.Status, question, question is null ? null : engine.Questionnaire.ScaleOf(question),
            question is null ? null : Piping.Apply(question.Text, Sample(c)), state.Answers, rejected);
    }

    private sealed class TrainingCase
    {
        public long Id { get; init; }

        public CaseKind Kind { get; init; }

        public string? FirstName { get; init; }

        public string Phone { get; init; } = string.Empty;

        public string Group { get; init; } = string.Empty;

        public string Script { get; init; } = string.Empty;

        public DateOnly Reported { get; init; }

        public KishTable Table { get; init; }

        public string? Holder { get; set; }

        public long Version { get; set; }

        public bool Closed { get; set; }

        public int Priority { get; set; } = 1;

        public DateTimeOffset NextCallAt { get; set; } = DateTimeOffset.MinValue;

        public List<AttemptLine> Attempts { get; } = [];

        public string? Notes { get; set; }

        public InterviewState? State { get; set; }
    }
}
