using Microsoft.EntityFrameworkCore;
using Satisfaction.Application.Ringback;
using Satisfaction.Cli.Commands.Ringback.Screen;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Questionnaires;
using Satisfaction.Core.Rdd;
using Satisfaction.Data.Entities;
using Spectre.Console;
using Spectre.Console.Testing;
using Answer = Satisfaction.Core.Questionnaires.Answer;

namespace Satisfaction.Cli.Tests.Commands.Ringback;

/// <summary>
/// The console driven by scripted keys on Spectre's <see cref="TestConsole"/>, over a real SQLite store: after each
/// scenario the store is read back (case, attempts, interview, answers, sampled case or RDD number).
/// </summary>
public sealed class RingbackScreenTests
{
    private static readonly Dictionary<string, string> VictimSample = new(StringComparer.Ordinal)
    {
        ["crime_type"] = "burglary", ["report_date"] = "3 September 2026", ["user_group"] = "burglary", ["force_name"] = "Demo Police",
    };

    [Fact]
    public async Task FullInterview_KeysThroughTheScript_StoresEveryAnswerAndClosesAsComplete()
    {
        using var store = new RingbackStore(victims: 1);
        var engine = store.Scripts.Engine("uss-burglary");
        var (keys, answers) = Walk(engine, VictimSample, engine.Start(VictimSample));
        var console = Console();
        Push(console, 's');
        Push(console, [.. keys]);
        Push(console, '1', 'q');

        var recorded = await RunScreenAsync(store, console, "alice");

        Assert.Equal(1, recorded);
        var output = console.Output;
        Assert.Contains("Ask for: Sam1", output, StringComparison.Ordinal);
        Assert.Contains("01632 960001", output, StringComparison.Ordinal);
        Assert.Contains("burglary, reported 3 September 2026", output, StringComparison.Ordinal);
        Assert.Contains("burglary you reported to us on 3 September 2026", output, StringComparison.Ordinal);
        using var db = store.Db();
        var c = await db.CallCases.SingleAsync();
        Assert.Equal((CallCaseStatus.Closed, "1.1", 1, null), (c.Status, c.Disposition, c.Attempts, c.LockedBy));
        var interview = await db.Interviews.SingleAsync();
        Assert.Equal((InterviewMode.Phone, "uss-burglary"), (interview.Mode, interview.QuestionnaireId));
        Assert.NotNull(interview.CompletedAt);
        var stored = await db.Answers.Where(a => a.InterviewId == interview.Id).ToListAsync();
        Assert.Equal(answers.Count, stored.Count);
        foreach (var answer in answers)
        {
            var row = stored.Single(a => a.QuestionId == answer.QuestionId);
            Assert.Equal((answer.Code?.ToString(System.Globalization.CultureInfo.InvariantCulture), answer.Text), (row.Code, row.Text));
        }

        var attempt = await db.ContactAttempts.SingleAsync();
        Assert.Equal(("complete", "1.1", "alice", ContactChannel.Phone), (attempt.Outcome, attempt.Disposition, attempt.Handler, attempt.Channel));
        var sampled = await db.SampledCases.SingleAsync();
        Assert.Equal((CaseStatus.Completed, "1.1"), (sampled.Status, sampled.FinalDisposition));
    }

    [Fact]
    public async Task StoreHeldByAnotherWriter_SaysTheStoreIsBusyAndLetsTheHandlerTryAgainOrQuit()
    {
        using var store = new RingbackStore(victims: 1);
        var console = Console();
        Push(console, '\r', 'q');

        int recorded;
        using (var holder = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + store.DbPath))
        {
            holder.Open();
            using var write = holder.CreateCommand();
            write.CommandText = "BEGIN IMMEDIATE";
            write.ExecuteNonQuery();
            var (desk, db) = store.Desk(busyTimeoutMilliseconds: 200);
            using (db)
            {
                recorded = await new RingbackScreen(desk, new KeyInput(console), new AnsiScreenOutput(console), store.Policy, store.Time, "alice").RunAsync();
            }

            write.CommandText = "ROLLBACK";
            write.ExecuteNonQuery();
        }

        Assert.Equal(0, recorded);
        Assert.Equal(2, console.Output.Split("The store is busy").Length - 1);
        using var check = store.Db();
        Assert.Equal(0, await check.CallCases.CountAsync(c => c.LockedBy != null));
        Assert.Equal(0, await check.ContactAttempts.CountAsync());
    }

    [Fact]
    public async Task Refusal_AtConsent_ClosesTheCaseAsRefusalWithTheAnswerKept()
    {
        using var store = new RingbackStore(victims: 1);
        var console = Console();
        Push(console, 's', '3', '3', 'q');

        await RunScreenAsync(store, console, "alice");

        using var db = store.Db();
        var c = await db.CallCases.SingleAsync();
        Assert.Equal((CallCaseStatus.Closed, "2.112", null), (c.Status, c.Disposition, c.NextCallAt));
        var attempt = await db.ContactAttempts.SingleAsync();
        Assert.Equal(("refusal", "2.112"), (attempt.Outcome, attempt.Disposition));
        var answer = await db.Answers.SingleAsync();
        Assert.Equal(("consent", "3"), (answer.QuestionId, answer.Code));
        var sampled = await db.SampledCases.SingleAsync();
        Assert.Equal((CaseStatus.Closed, "2.112"), (sampled.Status, sampled.FinalDisposition));
    }

    [Fact]
    public async Task BreakOff_ThenAnotherHandlerNextDay_ResumesAtTheNextQuestionAndCompletes()
    {
        using var store = new RingbackStore(victims: 1);
        var engine = store.Scripts.Engine("uss-burglary");
        var (keys, answers) = Walk(engine, VictimSample, engine.Start(VictimSample));
        const int before = 5;
        var alice = Console();
        Push(alice, 's');
        Push(alice, [.. keys.Take(before)]);
        Push(alice, 'x', '4', 'q');

        await RunScreenAsync(store, alice, "alice");

        using (var db = store.Db())
        {
            var c = await db.CallCases.SingleAsync();
            Assert.Equal((CallCaseStatus.Ready, 1, null, 2), (c.Status, c.Attempts, c.LockedBy, c.Priority));
            Assert.Equal(RingbackStore.Monday10.AddDays(1), c.NextCallAt);
            Assert.Equal(before, await db.Answers.CountAsync());
            var state = InterviewStateJson.Read((await db.Interviews.SingleAsync()).StateJson);
            Assert.Equal(answers[before].QuestionId, state.CurrentQuestionId);
            Assert.Equal(("break_off", "2.12"), await db.ContactAttempts.Select(a => ValueTuple.Create(a.Outcome, a.Disposition)).SingleAsync());
        }

        // Nothing is due for bob before the re-call delay has passed.
        store.Time.Advance(TimeSpan.FromHours(3));
        var (early, earlyDb) = store.Desk();
        using (earlyDb)
        {
            Assert.Null((await early.NextAsync("bob")).Claim);
        }

        store.Time.Advance(TimeSpan.FromHours(21));
        var bob = Console();
        Push(bob, 's');
        Push(bob, [.. keys.Skip(before)]);
        Push(bob, '1', 'q');

        await RunScreenAsync(store, bob, "bob");

        Assert.Contains("break-off", bob.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("(alice)", bob.Output, StringComparison.Ordinal);
        Assert.Contains($"question {before + 1} ({answers[before].QuestionId})", bob.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("question 1 (consent)", bob.Output, StringComparison.Ordinal);
        using (var db = store.Db())
        {
            var c = await db.CallCases.SingleAsync();
            Assert.Equal((CallCaseStatus.Closed, "1.1", 2), (c.Status, c.Disposition, c.Attempts));
            Assert.Equal(answers.Count, await db.Answers.CountAsync());
            Assert.Equal(1, await db.Interviews.CountAsync());
            var attempts = await db.ContactAttempts.OrderBy(a => a.At).Select(a => ValueTuple.Create(a.Handler, a.Outcome)).ToListAsync();
            Assert.Equal([("alice", "break_off"), ("bob", "complete")], attempts);
        }
    }

    [Fact]
    public async Task Appointment_IsKeptBeforeFreshCasesAtItsTime()
    {
        using var store = new RingbackStore(victims: 2);
        var alice = Console();
        Push(alice, 'o', 'c');
        alice.Input.PushTextWithEnter("2026-12-01 18:30");
        Push(alice, 'q');

        await RunScreenAsync(store, alice, "alice");

        var appointment = new DateTimeOffset(2026, 12, 1, 18, 30, 0, TimeSpan.Zero);
        long first;
        using (var db = store.Db())
        {
            var c = await db.CallCases.OrderBy(x => x.Id).FirstAsync();
            first = c.Id;
            Assert.Equal((CallCaseStatus.Ready, 0, appointment, "2.21"), (c.Status, c.Priority, c.NextCallAt, c.Disposition));
            var attempt = await db.ContactAttempts.SingleAsync();
            Assert.Equal(("appointment", appointment), (attempt.Outcome, attempt.AppointmentAt));
        }

        store.Time.Advance(appointment - store.Time.GetUtcNow());
        var (desk, deskDb) = store.Desk();
        using (deskDb)
        {
            var claim = (await desk.NextAsync("bob")).Claim;
            Assert.NotNull(claim);
            Assert.Equal(first, claim.CaseId);
        }
    }

    [Fact]
    public async Task RddInterview_KishGridSelection_StoresTheSelectionPerNumber()
    {
        using var store = new RingbackStore(victims: 0, rddNumbers: 1, householdSelection: "kish_grid");
        var engine = store.Scripts.Engine("rdd-confidence");
        var sample = new Dictionary<string, string>(StringComparer.Ordinal) { ["force_name"] = "Demo Police", ["area_name"] = "Demo Police" };
        var roster = new object[] { 'm', "45", 'f', "40", 'f', "19", ConsoleKey.Enter };
        var (keys, answers) = Walk(engine, sample, engine.Start(sample), numberAnswer: 3, before: new() { [RingbackText.SelectionQuestion] = roster });
        var console = Console();
        Push(console, 's');
        Push(console, [.. keys]);
        Push(console, '1', 'q');

        await RunScreenAsync(store, console, "carol");

        using var db = store.Db();
        var c = await db.CallCases.SingleAsync();
        var table = EnumCodes.Parse<KishTable>(c.KishTable);
        var position = KishGrid.SelectedPosition(table, 3);
        Assert.Equal(("kish_grid", 3, position), (c.SelectionMethod, c.SelectionAdults, c.SelectionPosition));
        Assert.Equal(KishGrid.SelectionProbability(3, position), c.SelectionProbability!.Value, 12);
        Assert.Contains("Kish grid, table " + c.KishTable!.ToUpperInvariant(), console.Output, StringComparison.Ordinal);
        var chosen = new[] { "the man aged 45", "the woman aged 40", "the woman aged 19" }[KishGrid.KishOrder([new(AdultSex.Male, 45), new(AdultSex.Female, 40), new(AdultSex.Female, 19)])[position - 1]];
        Assert.Contains(chosen, console.Output, StringComparison.Ordinal);
        Assert.Equal((CallCaseStatus.Closed, "1.1"), (c.Status, c.Disposition));
        var number = await db.RddNumbers.SingleAsync();
        Assert.Equal((RddNumberStatus.Completed, "1.1"), (number.Status, number.FinalDisposition));
        var interview = await db.Interviews.SingleAsync();
        Assert.Equal((number.Id, "rdd-confidence"), (interview.RddNumberId, interview.QuestionnaireId));
        Assert.Equal(answers.Count, await db.Answers.CountAsync());
    }

    [Fact]
    public async Task Back_RemovesThePreviousAnswerFromTheStoreAndAsksItAgain()
    {
        using var store = new RingbackStore(victims: 1);
        var console = Console();
        Push(console, 's', '1', '1', 'b');

        // After going back, answer recall again with 2 (no): the script ends; give back the case and quit.
        Push(console, '2', KeyInput.Escape, 'q');
        await RunScreenAsync(store, console, "alice");

        using var db = store.Db();
        var rows = await db.Answers.OrderBy(a => a.QuestionId).Select(a => ValueTuple.Create(a.QuestionId, a.Code)).ToListAsync();
        Assert.Equal([("consent", "1"), ("recall", "2")], rows);
        var c = await db.CallCases.SingleAsync();
        Assert.Equal((0, null, CallCaseStatus.Ready), (c.Attempts, c.LockedBy, c.Status));
    }

    [Fact]
    public async Task Training_RunsTheSameScreensAndWritesNothing()
    {
        using var store = new RingbackStore(victims: 1);
        var console = Console();
        Push(console, 'n');
        console.Input.PushTextWithEnter("training note");
        Push(console, 'o', '5', 'q');
        var policy = store.Policy;
        var desk = new TrainingDesk(policy, store.Scripts, store.Time);
        var screen = new RingbackScreen(desk, new KeyInput(console), new AnsiScreenOutput(console), policy, store.Time, "trainee");

        Assert.Equal(1, await screen.RunAsync());

        Assert.Contains("TRAINING", console.Output, StringComparison.Ordinal);
        Assert.Contains("07700 900", console.Output, StringComparison.Ordinal);
        using var db = store.Db();
        Assert.Equal(0, await db.CallCases.CountAsync());
        Assert.Equal(0, await db.ContactAttempts.CountAsync());
    }

    [Fact]
    public async Task QaRingback_OfACompletedVictim_IsASupervisorsCaseWithAnswersKeptApart()
    {
        using var store = new RingbackStore(victims: 1);
        var engine = store.Scripts.Engine("uss-burglary");
        var (_, surveyAnswers) = Walk(engine, VictimSample, engine.Start(VictimSample));
        var (desk, deskDb) = store.Desk();
        using (deskDb)
        {
            var claim = (await desk.NextAsync("alice")).Claim!;
            await desk.StartInterviewAsync(claim, "alice");
            foreach (var answer in surveyAnswers)
            {
                Assert.Null((await desk.AnswerAsync(claim, "alice", answer)).Rejected);
            }

            await desk.RecordAsync(new RecordRequest(claim.CaseId, "alice", Core.Fieldwork.CallOutcome.Complete, LockVersion: claim.LockVersion));

            // The survey queue is empty; the top-up draws the completed victim for a QA ring-back, on the QA queue only.
            Assert.Null((await desk.NextAsync("alice")).Claim);
        }

        var qa = store.Scripts.Engine("qa-ringback");
        var (keys, qaAnswers) = Walk(qa, VictimSample, qa.Start(VictimSample));
        var console = Console();
        Push(console, 's');
        Push(console, [.. keys]);
        Push(console, '1', 'q');
        var (supervisorDesk, supervisorDb) = store.Desk();
        using (supervisorDb)
        {
            supervisorDesk.Queue = CallPurpose.Qa;
            var screen = new RingbackScreen(supervisorDesk, new KeyInput(console), new AnsiScreenOutput(console), store.Policy, store.Time, "sup");
            Assert.Equal(1, await screen.RunAsync());
        }

        Assert.Contains("how our officers dealt with you", console.Output, StringComparison.Ordinal);
        using var db = store.Db();
        var qaCase = await db.CallCases.SingleAsync(c => c.Purpose == CallPurpose.Qa);
        Assert.Equal((CallSource.QaRingback, "qa", CallCaseStatus.Closed, "1.1"), (qaCase.Source, qaCase.Stratum, qaCase.Status, qaCase.Disposition));
        Assert.Equal(qaAnswers.Count, await db.QaAnswers.CountAsync());
        Assert.Equal(("sup", "complete"), await db.QaAttempts.Select(a => ValueTuple.Create(a.Handler, a.Outcome)).SingleAsync());
        Assert.NotNull((await db.QaInterviews.SingleAsync()).CompletedAt);

        // The survey's records are untouched by the QA call.
        Assert.Equal(surveyAnswers.Count, await db.Answers.CountAsync());
        Assert.Equal(("alice", "complete"), await db.ContactAttempts.Select(a => ValueTuple.Create(a.Handler, a.Outcome)).SingleAsync());
        Assert.Equal((CaseStatus.Completed, "1.1"), await db.SampledCases.Select(c => ValueTuple.Create(c.Status, c.FinalDisposition)).SingleAsync());
    }

    internal static (List<object> Keys, List<Answer> Answers) Walk(
        InterviewEngine engine,
        IReadOnlyDictionary<string, string> sample,
        InterviewState state,
        int numberAnswer = 2,
        Dictionary<string, object[]>? before = null)
    {
        var keys = new List<object>();
        var answers = new List<Answer>();
        while (engine.Current(state) is { } question)
        {
            if (before?.TryGetValue(question.Id, out var extra) == true)
            {
                keys.AddRange(extra);
            }

            var scale = engine.Questionnaire.ScaleOf(question);
            Answer answer;
            switch (scale.Type)
            {
                case ScaleType.Text:
                    var text = scale.MaxLength is < 12 ? "AB1" : "More patrols";
                    answer = Answer.OfText(question.Id, text);
                    keys.Add(text);
                    break;
                case ScaleType.Number:
                    answer = Answer.OfCode(question.Id, numberAnswer);
                    keys.Add(numberAnswer.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    answer = Answer.OfCode(question.Id, 1);
                    keys.Add('1');
                    break;
            }

            var result = engine.Submit(state, sample, answer);
            Assert.True(result.Accepted, result.Reason);
            state = result.State;
            answers.Add(answer);
        }

        return (keys, answers);
    }

    internal static TestConsole Console()
    {
        var console = new TestConsole();
        console.Profile.Capabilities.Interactive = true;
        console.Profile.Width = 1000;
        return console;
    }

    internal static void Push(TestConsole console, params object[] items)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case char c:
                    console.Input.PushCharacter(c);
                    break;
                case ConsoleKey key:
                    console.Input.PushKey(key);
                    break;
                case string text:
                    console.Input.PushTextWithEnter(text);
                    break;
                default:
                    throw new ArgumentException("push a char, a ConsoleKey or a string", nameof(items));
            }
        }
    }

    private static async Task<int> RunScreenAsync(RingbackStore store, IAnsiConsole console, string handler)
    {
        var (desk, db) = store.Desk();
        using (db)
        {
            var screen = new RingbackScreen(desk, new KeyInput(console), new AnsiScreenOutput(console), store.Policy, store.Time, handler);
            return await screen.RunAsync();
        }
    }
}
