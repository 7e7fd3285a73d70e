using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Application.Ringback;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Data.Entities;

namespace Satisfaction.Cli.Tests.Commands.Ringback;

/// <summary>The script commands (next, record, release, status) as a user runs them, on a real store.</summary>
public sealed class RingbackCommandTests
{
    private static readonly Dictionary<string, string> Sample = new(StringComparer.Ordinal)
    {
        ["crime_type"] = "burglary", ["report_date"] = "3 September 2026", ["user_group"] = "burglary", ["force_name"] = "Demo Police",
    };

    [Fact]
    public async Task Next_Record_Status_CompleteAnInterviewFromAnswersFile()
    {
        using var store = new RingbackStore(victims: 1);
        using var cli = new CliRun();
        var next = await cli.RunAsync("ringback", "next", "--db", store.DbPath, "--handler", "alice", "--format", "json", "--now", "2026-11-30T10:00");
        Assert.Equal(ExitCodes.Ok, next.ExitCode);
        using var json = JsonDocument.Parse(next.Out);
        var caseId = json.RootElement.GetProperty("case_id").GetInt64();
        Assert.Equal("victim", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal("2026-11-30T10:15:00Z", json.RootElement.GetProperty("lock_expires_at").GetString());

        // Another handler gets nothing: the only case is held (exit 3).
        var other = await cli.RunAsync("ringback", "next", "--db", store.DbPath, "--handler", "bob", "--now", "2026-11-30T10:01");
        Assert.Equal(ExitCodes.NothingDue, other.ExitCode);
        Assert.Contains("nothing due", other.Error, StringComparison.Ordinal);
        var refused = await cli.RunAsync("ringback", "record", caseId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", store.DbPath, "--handler", "bob", "--disposition", "no_answer", "--now", "2026-11-30T10:01");
        Assert.Equal(ExitCodes.UserError, refused.ExitCode);
        Assert.Contains("held by another handler", refused.Error, StringComparison.Ordinal);

        var engine = store.Scripts.Engine("uss-burglary");
        var (_, answers) = RingbackScreenTests.Walk(engine, Sample, engine.Start(Sample));
        var file = Path.Combine(store.Folder, "answers.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(answers.ToDictionary(a => a.QuestionId, a => (object?)a.Code ?? a.Text)));
        var record = await cli.RunAsync("ringback", "record", caseId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", store.DbPath, "--handler", "alice",
            "--disposition", "complete", "--answers", file, "--now", "2026-11-30T10:12");
        Assert.True(record.ExitCode == ExitCodes.Ok, record.Error);
        Assert.Contains("closed as 1.1", record.Out, StringComparison.Ordinal);

        var status = await cli.RunAsync("ringback", "status", "--db", store.DbPath, "--format", "json", "--now", "2026-11-30T10:13");
        Assert.Equal(ExitCodes.Ok, status.ExitCode);
        using var view = JsonDocument.Parse(status.Out);
        var stratum = view.RootElement.GetProperty("strata").EnumerateArray().Single(s => s.GetProperty("stratum").GetString() == "burglary/EAST");
        Assert.Equal((1, 1, 1), (stratum.GetProperty("completes").GetInt32(), stratum.GetProperty("target").GetInt32(), stratum.GetProperty("attempts").GetInt32()));
        var handler = view.RootElement.GetProperty("handlers").EnumerateArray().Single();
        Assert.Equal(("alice", 1, 1), (handler.GetProperty("handler").GetString(), handler.GetProperty("calls_today").GetInt32(), handler.GetProperty("completes_today").GetInt32()));
        Assert.Empty(view.RootElement.GetProperty("locks").EnumerateArray());

        using var db = store.Db();
        Assert.Equal(answers.Count, await db.Answers.CountAsync());
        Assert.Equal((CaseStatus.Completed, "1.1"), await db.SampledCases.Select(c => ValueTuple.Create(c.Status, c.FinalDisposition)).SingleAsync());
    }

    [Fact]
    public async Task Record_BadInput_IsRefusedWithWhereAndWhyAndWritesNothing()
    {
        using var store = new RingbackStore(victims: 1);
        using var cli = new CliRun();
        var next = await cli.RunAsync("ringback", "next", "--db", store.DbPath, "--handler", "alice", "--format", "json", "--now", "2026-11-30T10:00");
        using var json = JsonDocument.Parse(next.Out);
        var id = json.RootElement.GetProperty("case_id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var unknown = await cli.RunAsync("ringback", "record", id, "--db", store.DbPath, "--handler", "alice", "--disposition", "hung_up");
        Assert.Equal(ExitCodes.UserError, unknown.ExitCode);
        Assert.Contains("'hung_up' is not an outcome", unknown.Error, StringComparison.Ordinal);

        var noTime = await cli.RunAsync("ringback", "record", id, "--db", store.DbPath, "--handler", "alice", "--disposition", "appointment", "--now", "2026-11-30T10:01");
        Assert.Equal(ExitCodes.UserError, noTime.ExitCode);
        Assert.Contains("--appointment", noTime.Error, StringComparison.Ordinal);

        var file = Path.Combine(store.Folder, "bad.json");
        await File.WriteAllTextAsync(file, """{"consent": 1, "recall": 7}""");
        var badAnswer = await cli.RunAsync("ringback", "record", id, "--db", store.DbPath, "--handler", "alice", "--disposition", "partial", "--answers", file, "--now", "2026-11-30T10:02");
        Assert.Equal(ExitCodes.UserError, badAnswer.ExitCode);
        Assert.Contains("answer 2 (question 'recall')", badAnswer.Error, StringComparison.Ordinal);

        var early = await cli.RunAsync("ringback", "record", id, "--db", store.DbPath, "--handler", "alice", "--disposition", "complete", "--now", "2026-11-30T10:03");
        Assert.Equal(ExitCodes.UserError, early.ExitCode);
        Assert.Contains("complete needs the interview finished", early.Error, StringComparison.Ordinal);

        var release = await cli.RunAsync("ringback", "release", id, "--db", store.DbPath, "--handler", "alice", "--now", "2026-11-30T10:04");
        Assert.Equal(ExitCodes.Ok, release.ExitCode);

        using var db = store.Db();
        Assert.Equal(0, await db.ContactAttempts.CountAsync());
        Assert.Equal(0, await db.Answers.CountAsync());
        var c = await db.CallCases.SingleAsync();
        Assert.Equal((CallCaseStatus.Ready, 0, null), (c.Status, c.Attempts, c.LockedBy));
    }

    [Fact]
    public async Task Next_OutsideCallingHours_ExitsThreeAndSaysWhen()
    {
        using var store = new RingbackStore(victims: 1);
        using var cli = new CliRun();
        var sunday = await cli.RunAsync("ringback", "next", "--db", store.DbPath, "--handler", "alice", "--now", "2026-11-29T11:00");
        Assert.Equal(ExitCodes.NothingDue, sunday.ExitCode);
        Assert.Contains("outside calling hours", sunday.Error, StringComparison.Ordinal);
        Assert.Contains("2026-11-30 09:00", sunday.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SmsHandOver_MakesAnAwaitingCaseReadyWithItsReason()
    {
        using var store = new RingbackStore(victims: 1);
        using (var db = store.Db())
        {
            // A victim with a mobile: held for the SMS survey when the queue is built.
            var contact = await db.VictimContacts.SingleAsync();
            contact.PhoneE164 = "+447700900123";
            await db.SaveChangesAsync();
        }

        var (desk, deskDb) = store.Desk();
        using (deskDb)
        {
            Assert.Null((await desk.NextAsync("alice")).Claim);
            Assert.Equal((CallCaseStatus.AwaitingSms, CallSource.SmsFirst), await deskDb.CallCases.Select(c => ValueTuple.Create(c.Status, c.Source)).SingleAsync());
            var handOver = new SmsHandOver(deskDb, store.Time);
            var sampledId = await deskDb.SampledCases.Select(s => s.Id).SingleAsync();
            Assert.True(await handOver.HandOverAsync(sampledId, CallSource.SmsUndeliverable, "uss-burglary"));
            Assert.False(await handOver.HandOverAsync(sampledId, CallSource.SmsUndeliverable, "uss-burglary"));
            var claim = (await desk.NextAsync("alice")).Claim;
            Assert.NotNull(claim);
            Assert.Equal((CallCaseStatus.Ready, CallSource.SmsUndeliverable), await deskDb.CallCases.AsNoTracking().Select(c => ValueTuple.Create(c.Status, c.Source)).SingleAsync());
        }
    }
}
