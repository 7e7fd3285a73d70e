using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Forces;
using Satisfaction.Application.Sampling;
using Satisfaction.Core;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Tests.Forces;

public sealed class ForceSetupTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    private static readonly IOptions<SamplingOptions> Sampling = Options.Create(new SamplingOptions
    {
        ProgrammesPath = Path.Combine(AppContext.BaseDirectory, "Data", "programmes"),
    });

    private static ForceDefinition Lancs(params string[] divisions) =>
        new("LANCS", "Lancashire Constabulary", [.. divisions.Select(d => new DivisionDefinition(d, d))]);

    private static async Task<ForceSetupResult> EnsureAsync(TempStore store, ForceDefinition definition)
    {
        using var db = store.Open();
        return await new ForceSetup(db, Clock, Sampling).EnsureAsync(definition);
    }

    [Fact]
    public async Task EnsureAsync_NewForce_CreatesDivisionsAndProgrammes_ThenSameCallChangesNothing()
    {
        using var store = new TempStore();

        var first = await EnsureAsync(store, Lancs("EAST", "SOUTH", "WEST"));
        var again = await EnsureAsync(store, Lancs("EAST", "SOUTH", "WEST"));

        Assert.Contains("created force LANCS (Lancashire Constabulary)", first.Changes);
        Assert.Empty(again.Changes);
        using var db = store.Open();
        var force = await db.Forces.SingleAsync(f => f.Code == "LANCS");
        Assert.Equal(["EAST", "SOUTH", "WEST"], await db.Divisions.Where(d => d.ForceId == force.Id).Select(d => d.Code).OrderBy(c => c).ToListAsync());
        Assert.Equal(["asb", "rdd_confidence", "uss"], await db.SurveyProgrammes.Where(p => p.ForceId == force.Id).Select(p => p.Code).OrderBy(c => c).ToListAsync());
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.Action == "force.init"));
    }

    [Fact]
    public async Task EnsureAsync_NewNameAndAddedDivision_Updates()
    {
        using var store = new TempStore();
        await EnsureAsync(store, Lancs("EAST"));

        var result = await EnsureAsync(store, Lancs("EAST", "WEST") with { Name = "Lancashire Police" });

        Assert.Contains("renamed force LANCS from 'Lancashire Constabulary' to 'Lancashire Police'", result.Changes);
        Assert.Contains("added division WEST", result.Changes);
        using var db = store.Open();
        Assert.Equal("Lancashire Police", (await db.Forces.SingleAsync(f => f.Code == "LANCS")).Name);
    }

    [Fact]
    public async Task EnsureAsync_RemovingDivisionWithRecords_IsRefusedAndChangesNothing()
    {
        using var store = new TempStore();
        await EnsureAsync(store, Lancs("EAST", "WEST"));
        using (var db = store.Open())
        {
            var west = await db.Divisions.SingleAsync(d => d.Code == "WEST" && d.Force!.Code == "LANCS");
            db.RecordedCrimes.Add(new RecordedCrime
            {
                ForceId = west.ForceId, CrimeRef = "LA/1", RecordedAt = Clock.GetUtcNow(), RecordedDate = new DateOnly(2026, 11, 30), OffenceCode = "28A",
                DivisionId = west.Id, VictimId = "V1", SourceFile = "x.csv", SourceLine = 2,
            });
            await db.SaveChangesAsync();
        }

        var ex = await Assert.ThrowsAsync<InvalidInputException>(() => EnsureAsync(store, Lancs("EAST") with { Name = "Renamed" }));

        Assert.Contains("division WEST of LANCS cannot be removed: 1 recorded crime(s)", ex.Message, StringComparison.Ordinal);
        using var check = store.Open();
        Assert.Equal("Lancashire Constabulary", (await check.Forces.SingleAsync(f => f.Code == "LANCS")).Name);
        Assert.Equal(2, await check.Divisions.CountAsync(d => d.Force!.Code == "LANCS"));
    }

    [Fact]
    public async Task EnsureAsync_RemovingEmptyDivision_RemovesIt()
    {
        using var store = new TempStore();
        await EnsureAsync(store, Lancs("EAST", "WEST"));

        var result = await EnsureAsync(store, Lancs("EAST"));

        Assert.Equal(["removed division WEST"], result.Changes);
    }

    [Theory]
    [InlineData("lan cs", "force code 'LAN CS'")]
    [InlineData("", "force code ''")]
    public async Task EnsureAsync_BadCode_IsRefused(string code, string expected)
    {
        using var store = new TempStore();
        var ex = await Assert.ThrowsAsync<InvalidInputException>(() => EnsureAsync(store, Lancs("EAST") with { Code = code }));
        Assert.StartsWith(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForceFile_AllKeys_AreSetAndShown()
    {
        using var store = new TempStore();
        var definition = ForceDefinitionFile.Parse(
            """
            code: lancs
            name: Lancashire Constabulary
            time_zone: Europe/London
            divisions:
              - code: EAST
                name: Eastern Division
              - SOUTH
            msg_peers: [MERSEY, GMP]
            contact_hours:
              sms: 10:00-19:30
              phone: {hours: "09:00-21:00", sundays: true}
            """,
            "force.yaml");

        await EnsureAsync(store, definition);
        using var db = store.Open();
        var view = await new ForceShowService(db).GetAsync("LANCS");

        Assert.Equal(["EAST", "SOUTH"], view.Divisions.Select(d => d.Code));
        Assert.Equal("Eastern Division", view.Divisions[0].Name);
        Assert.Equal(["MERSEY", "GMP"], view.MsgPeers);
        Assert.Equal(new TimeOnly(10, 0), view.ContactHours.Sms.Start);
        Assert.Equal(new TimeOnly(19, 30), view.ContactHours.Sms.End);
        Assert.True(view.ContactHours.Phone.Sundays);
    }

    [Theory]
    [InlineData("code: X\nname: Y\ndivisions: [A]\ncolour: red\n", "force.yaml:4: colour:")]
    [InlineData("code: X\nname: Y\ndivisions: [A]\ncontact_hours:\n  sms: 9-5\n", "force.yaml:5: contact_hours.sms:")]
    [InlineData("code: X\nname: Y\n", "force.yaml:1: divisions:")]
    public void ForceFile_BadFile_NamesLineAndKey(string yaml, string expected)
    {
        var ex = Assert.Throws<InvalidInputException>(() => ForceDefinitionFile.Parse(yaml, "force.yaml"));
        Assert.StartsWith(expected, ex.Message, StringComparison.Ordinal);
    }
}
