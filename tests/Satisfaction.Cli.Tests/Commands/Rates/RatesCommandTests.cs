using System.Text.Json;
using Satisfaction.Core.Crimes;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Cli.Tests.Commands.Rates;

/// <summary>
/// <c>satisfaction rates</c> on a store whose dispositions were counted by hand (AAPOR Standard Definitions):
/// eight victim cases and two RDD numbers, some closed with a final disposition, some still open, one never attempted.
/// </summary>
public sealed class RatesCommandTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 10, 5, 10, 0, 0, TimeSpan.Zero);
    private readonly CliRun _cli = new();

    public RatesCommandTests()
    {
        using var db = SatisfactionDb.Open(Path.Combine(_cli.WorkDir, "store.db"));
        Seed(db);
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task ByProgramme_MatchesTheHandCount()
    {
        var result = await _cli.RunAsync("rates", "--db", "store.db", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var rows = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(["rdd_confidence", "uss"], rows.Select(r => r.GetProperty("programme").GetString()!).ToList());

        // USS by hand: I = 2 (cases 1, 7), P = 1 (2), R = 2 (3: refusal after a no-answer; 8: break-off), NC = 1 (4),
        // UH = 1 (5, never attempted: 3.11), NE = 1 (6). e = 6 / 7 (eligible among known eligibility).
        var uss = rows[1];
        var t = uss.GetProperty("totals");
        Assert.Equal((2, 1, 2, 1, 0, 1, 0, 1), (t.GetProperty("I").GetInt32(), t.GetProperty("P").GetInt32(), t.GetProperty("R").GetInt32(), t.GetProperty("NC").GetInt32(),
            t.GetProperty("O").GetInt32(), t.GetProperty("UH").GetInt32(), t.GetProperty("UO").GetInt32(), t.GetProperty("NE").GetInt32()));
        Assert.Equal(8, uss.GetProperty("cases").GetInt32());
        var e = 6.0 / 7;
        Assert.Equal(e, uss.GetProperty("e").GetDouble(), 12);
        Assert.Equal(2.0 / 7, uss.GetProperty("RR1").GetDouble(), 12);              // I / (I+P+R+NC+O+UH+UO)
        Assert.Equal(3.0 / 7, uss.GetProperty("RR2").GetDouble(), 12);              // (I+P) / ...
        Assert.Equal(2.0 / (6 + e), uss.GetProperty("RR3").GetDouble(), 12);        // I / (I+P+R+NC+O + e(UH+UO))
        Assert.Equal(3.0 / (6 + e), uss.GetProperty("RR4").GetDouble(), 12);
        Assert.Equal(2.0 / 6, uss.GetProperty("RR5").GetDouble(), 12);              // I / (I+P+R+NC+O)
        Assert.Equal(3.0 / 6, uss.GetProperty("RR6").GetDouble(), 12);
        Assert.Equal(2.0 / 5, uss.GetProperty("COOP1").GetDouble(), 12);            // I / (I+P+R+O)
        Assert.Equal(3.0 / 5, uss.GetProperty("COOP2").GetDouble(), 12);
        Assert.Equal(2.0 / 5, uss.GetProperty("COOP3").GetDouble(), 12);            // I / (I+P+R)
        Assert.Equal(2.0 / 7, uss.GetProperty("REF1").GetDouble(), 12);             // R / (I+P+R+NC+O+UH+UO)
        Assert.Equal(2.0 / (6 + e), uss.GetProperty("REF2").GetDouble(), 12);
        Assert.Equal(2.0 / 6, uss.GetProperty("REF3").GetDouble(), 12);
        Assert.Equal(5.0 / 7, uss.GetProperty("CON1").GetDouble(), 12);             // (I+P+R+O) / (I+P+R+NC+O+UH+UO)
        Assert.Equal(5.0 / 6, uss.GetProperty("CON3").GetDouble(), 12);

        // RDD: one complete, one number never dialled (UH); no case of known ineligibility, so e = 1.
        var rdd = rows[0].GetProperty("totals");
        Assert.Equal((1, 1), (rdd.GetProperty("I").GetInt32(), rdd.GetProperty("UH").GetInt32()));
        Assert.Equal(0.5, rows[0].GetProperty("RR1").GetDouble(), 12);
    }

    [Fact]
    public async Task ByHandler_CountsEachCaseWithTheHandlerWhoseAttemptDecidedIt()
    {
        var result = await _cli.RunAsync("rates", "--db", "store.db", "--programme", "uss", "--by", "handler", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var rows = JsonDocument.Parse(result.Out).RootElement.EnumerateArray()
            .ToDictionary(r => r.GetProperty("group").GetString()!, r => (Cases: r.GetProperty("cases").GetInt32(), I: r.GetProperty("totals").GetProperty("I").GetInt32(), R: r.GetProperty("totals").GetProperty("R").GetInt32()));
        Assert.Equal(["(not attempted)", "(sms)", "alice", "bob"], rows.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.Equal((3, 1, 0), rows["bob"]);      // case 1 complete, case 4 no answer, case 6 not eligible
        Assert.Equal((2, 0, 2), rows["alice"]);    // case 3 refusal (after bob's no-answer), case 8 break-off
        Assert.Equal((2, 1, 0), rows["(sms)"]);    // case 2 partial, case 7 complete
        Assert.Equal((1, 0, 0), rows["(not attempted)"]);
        Assert.All(JsonDocument.Parse(result.Out).RootElement.EnumerateArray(), r => Assert.Equal("handler", r.GetProperty("by").GetString()));
    }

    [Fact]
    public async Task ByChannelAndMonth_SplitTheSameCases()
    {
        var channel = await _cli.RunAsync("rates", "--db", "store.db", "--programme", "uss", "--by", "channel", "--format", "csv");
        var month = await _cli.RunAsync("rates", "--db", "store.db", "--by", "month", "--format", "csv");

        var channelRows = channel.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("programme,by,group,cases,I,P,R,NC,O,UH,UO,NE,e,e_basis,RR1,", channelRows[0], StringComparison.Ordinal);
        Assert.Equal(["uss,channel,none,1", "uss,channel,phone,5", "uss,channel,sms,2"], channelRows.Skip(1).Select(r => string.Join(',', r.Split(',').Take(4))).ToList());
        var monthRows = month.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => string.Join(',', r.Split(',').Take(4))).ToList();
        Assert.Equal(["rdd_confidence,month,2026-11,2", "uss,month,2026-10,8"], monthRows);
    }

    [Fact]
    public async Task GivenE_IsUsedAndStated()
    {
        var result = await _cli.RunAsync("rates", "--db", "store.db", "--programme", "uss", "-e", "0.5", "--format", "json");

        var uss = JsonDocument.Parse(result.Out).RootElement[0];
        Assert.Equal(2.0 / 6.5, uss.GetProperty("RR3").GetDouble(), 12);
        Assert.Equal("e = 0.5, given", uss.GetProperty("e_basis").GetString());
    }

    [Fact]
    public async Task Table_ShowsTheHeadlineRatesAndHowECameAbout()
    {
        var result = await _cli.RunAsync("rates", "--db", "store.db");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("28.6%", result.Out, StringComparison.Ordinal); // uss RR1 = 2/7
        Assert.Contains("estimated per row as the eligible share", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--by", "division", "--by 'division' is not one of: programme, channel, month, handler.")]
    [InlineData("--eligible-share", "1.5", "--eligible-share (e) 1.5 must be a number from 0 to 1.")]
    [InlineData("--programme", "bogus", "--programme 'bogus' is not a programme of the store; known: asb, rdd_confidence, uss")]
    public async Task BadOptions_AreErrorsThatSayWhy(string option, string value, string message)
    {
        var result = await _cli.RunAsync("rates", "--db", "store.db", option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    private static void Seed(SatisfactionDbContext db)
    {
        var force = new Force { Code = "DEMO", Name = "Demo Police", CreatedAt = At };
        db.Forces.Add(force);
        db.SaveChanges();
        var division = new Division { ForceId = force.Id, Code = "EAST", Name = "East" };
        var uss = new SurveyProgramme { ForceId = force.Id, Code = "uss", Name = "USS", Kind = ProgrammeKind.UserSatisfaction, UserGroups = ["burglary"], QuestionnaireId = "uss-burglary" };
        var asb = new SurveyProgramme { ForceId = force.Id, Code = "asb", Name = "ASB", Kind = ProgrammeKind.AntiSocialBehaviour, UserGroups = ["asb"], QuestionnaireId = "asb" };
        var rdd = new SurveyProgramme { ForceId = force.Id, Code = "rdd_confidence", Name = "RDD", Kind = ProgrammeKind.PublicConfidence, QuestionnaireId = "rdd-confidence" };
        db.AddRange(division, uss, asb, rdd);
        db.SaveChanges();
        var draw = new SampleDraw { ForceId = force.Id, ProgrammeCodes = ["uss"], AsOf = new DateOnly(2026, 10, 5), Seed = 1, WindowStart = new DateOnly(2026, 7, 1), WindowEnd = new DateOnly(2026, 8, 1), AllocationMethod = "census", CreatedAt = At, Status = SampleDrawStatus.Completed };
        db.SampleDraws.Add(draw);
        db.SaveChanges();

        // (final disposition, attempts: (disposition, channel, handler, hours after At))
        var cases = new (string? Final, (string Code, ContactChannel Channel, string? Handler, int Hours)[] Attempts)[]
        {
            ("1.1", [("1.1", ContactChannel.Phone, "bob", 1)]),                                         // 1: complete
            ("1.2", [("1.2", ContactChannel.Sms, null, 1)]),                                            // 2: partial (SMS)
            (null, [("2.21", ContactChannel.Phone, "bob", 1), ("2.11", ContactChannel.Phone, "alice", 3)]), // 3: open, refusal wins
            (null, [("2.21", ContactChannel.Phone, "bob", 1), ("3.13", ContactChannel.Phone, "bob", 5)]),   // 4: open, non-contact beats unknown
            (null, []),                                                                                  // 5: never attempted: 3.11
            ("4.32", [("4.32", ContactChannel.Phone, "bob", 2)]),                                       // 6: not eligible
            (null, [("1.1", ContactChannel.Sms, null, 2)]),                                             // 7: open but complete by SMS
            (null, [("2.12", ContactChannel.Phone, "alice", 4)]),                                       // 8: break-off
        };
        for (var i = 0; i < cases.Length; i++)
        {
            var crimeRef = $"DM/{i + 1:00000}";
            db.RecordedCrimes.Add(new RecordedCrime
            {
                ForceId = force.Id, CrimeRef = crimeRef, RecordedAt = At, RecordedDate = new DateOnly(2026, 7, 20), OffenceCode = "28A", IncidentType = IncidentType.Crime,
                DivisionId = division.Id, VictimId = $"V{i}", VictimType = VictimType.Person, VictimAge = 40, FirstImportedAt = At, UpdatedAt = At, SourceFile = "t.csv", SourceLine = i + 2,
            });
            var sampled = new SampledCase
            {
                ForceId = force.Id, SampleDrawId = draw.Id, CrimeRef = crimeRef, VictimId = $"V{i}", SurveyProgrammeId = uss.Id, UserGroup = "burglary", DivisionId = division.Id,
                Stratum = "burglary/EAST", InclusionProbability = 1, DesignWeight = 1, Status = cases[i].Final is null ? CaseStatus.Pending : CaseStatus.Closed,
                FinalDisposition = cases[i].Final,
            };
            db.SampledCases.Add(sampled);
            db.SaveChanges();
            foreach (var a in cases[i].Attempts)
            {
                db.ContactAttempts.Add(new ContactAttempt { SampledCaseId = sampled.Id, Channel = a.Channel, Handler = a.Handler, At = At.AddHours(a.Hours), Outcome = "x", Disposition = a.Code });
            }
        }

        var bank = new NumberBank { ForceId = force.Id, AreaCode = "01632", Prefix = "9609", ListedCount = 5 };
        var replicate = new RddReplicate { ForceId = force.Id, Month = new DateOnly(2026, 11, 1), Number = 1, ReleasedAt = At, Seed = 42, Size = 2 };
        db.AddRange(bank, replicate);
        db.SaveChanges();
        var done = new RddNumber { PhoneE164 = "+441632960901", NumberBankId = bank.Id, RddReplicateId = replicate.Id, Status = RddNumberStatus.Released, FinalDisposition = "1.1" };
        var fresh = new RddNumber { PhoneE164 = "+441632960902", NumberBankId = bank.Id, RddReplicateId = replicate.Id, Status = RddNumberStatus.Released };
        db.AddRange(done, fresh);
        db.SaveChanges();
        db.ContactAttempts.Add(new ContactAttempt { RddNumberId = done.Id, Channel = ContactChannel.Phone, Handler = "alice", At = At, Outcome = "complete", Disposition = "1.1" });
        db.SaveChanges();
    }
}
