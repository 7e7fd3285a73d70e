using Satisfaction.Core.Crimes;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Cli.Tests.Commands.Sms;

public sealed class SmsDispatchCommandTests
{
    private static readonly DateTimeOffset Tuesday10 = new(2027, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Dispatch_invites_mobile_victims_once_on_the_offline_transport_and_nothing_after_hours()
    {
        using var run = new CliRun();
        var db = Path.Combine(run.WorkDir, "sms.db");
        Seed(db, "+447700900321", "+441632960321");

        run.Time.SetUtcNow(Tuesday10.AddHours(-3)); // 07:00: before SMS hours
        var closed = await run.RunAsync("sms", "dispatch", "--db", db);
        Assert.Equal(0, closed.ExitCode);
        Assert.Contains("SMS hours: closed", closed.Out, StringComparison.Ordinal);
        Assert.Contains("invited 0", closed.Out, StringComparison.Ordinal);

        run.Time.SetUtcNow(Tuesday10);
        var first = await run.RunAsync("sms", "dispatch", "--db", db);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("invited 1, reminded 0, expired 0, texts sent 1", first.Out, StringComparison.Ordinal);
        Assert.Contains("1 without a mobile number", first.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("7700900321", first.Out + first.Error, StringComparison.Ordinal);

        var second = await run.RunAsync("sms", "dispatch", "--db", db);
        Assert.Contains("invited 0, reminded 0, expired 0, texts sent 0", second.Out, StringComparison.Ordinal);

        using var store = SatisfactionDb.Open(db);
        var sent = Assert.Single(store.SmsOutbox.ToList());
        Assert.Equal(SmsOutboxStatus.Sent, sent.Status);
        Assert.StartsWith("OFFLINE", sent.ProviderSid, StringComparison.Ordinal);
        Assert.Contains("the burglary you reported on 3 Jan", sent.Body, StringComparison.Ordinal);
    }

    private static void Seed(string path, params string[] phones)
    {
        using var db = SatisfactionDb.Open(path);
        var force = db.Forces.Add(new Force { Code = "DEMO", Name = "Demo Constabulary", CreatedAt = Tuesday10 }).Entity;
        db.SaveChanges();
        var division = db.Divisions.Add(new Division { ForceId = force.Id, Code = "EAST", Name = "East" }).Entity;
        var programme = db.SurveyProgrammes.Add(new SurveyProgramme { ForceId = force.Id, Code = "uss", Name = "USS", UserGroups = ["burglary"], QuestionnaireId = "uss-burglary" }).Entity;
        var draw = db.SampleDraws.Add(new SampleDraw
        {
            ForceId = force.Id, ProgrammeCodes = ["uss"], AsOf = new DateOnly(2027, 3, 1), Seed = 1, WindowStart = new DateOnly(2026, 12, 7), WindowEnd = new DateOnly(2027, 1, 18),
            AllocationMethod = "census", SelectionMethod = "srswor", ParametersJson = "{}", CreatedAt = Tuesday10, Status = SampleDrawStatus.Completed,
        }).Entity;
        db.SaveChanges();
        for (var i = 0; i < phones.Length; i++)
        {
            var crimeRef = $"DEMO/27/{i:D6}";
            var victim = $"V-{i:D6}";
            db.RecordedCrimes.Add(new RecordedCrime
            {
                ForceId = force.Id, CrimeRef = crimeRef, RecordedAt = Tuesday10.AddDays(-58), RecordedDate = new DateOnly(2027, 1, 3), OffenceCode = "28A", IncidentType = IncidentType.Crime,
                DivisionId = division.Id, VictimId = victim, VictimType = VictimType.Person, VictimAge = 40, FirstImportedAt = Tuesday10, UpdatedAt = Tuesday10, SourceFile = "t.csv", SourceLine = i + 1,
            });
            db.VictimContacts.Add(new VictimContact { ForceId = force.Id, VictimId = victim, PhoneE164 = phones[i], UpdatedAt = Tuesday10 });
            db.SampledCases.Add(new SampledCase
            {
                ForceId = force.Id, SampleDrawId = draw.Id, CrimeRef = crimeRef, VictimId = victim, SurveyProgrammeId = programme.Id, UserGroup = "burglary", DivisionId = division.Id,
                Stratum = "burglary/EAST", InclusionProbability = 0.5, DesignWeight = 2, Status = CaseStatus.Pending,
            });
        }

        db.SaveChanges();
    }
}
