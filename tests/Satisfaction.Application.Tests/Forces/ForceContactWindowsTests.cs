using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Forces;
using Satisfaction.Application.Sampling;
using Satisfaction.Core.Contact;
using Satisfaction.Data;

namespace Satisfaction.Application.Tests.Forces;

public sealed class ForceContactWindowsTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    private static readonly IOptions<SamplingOptions> Sampling = Options.Create(new SamplingOptions
    {
        ProgrammesPath = Path.Combine(AppContext.BaseDirectory, "Data", "programmes"),
    });

    // Tuesday 1 June 2027 (an ordinary day), 10:15 BST = 09:15 UTC.
    private static readonly DateTimeOffset Tuesday1015 = new(2027, 6, 1, 9, 15, 0, TimeSpan.Zero);

    private static SatisfactionStore Store(TempStore temp) => new(Options.Create(new StoreOptions { Path = temp.Path }));

    private static async Task InitAsync(TempStore temp, ForceDefinition definition)
    {
        using var db = temp.Open();
        await new ForceSetup(db, Clock, Sampling).EnsureAsync(definition); // no windows source: as a separate `force init` process
    }

    private static ForceDefinition Demo => new("DEMO", "Demo Constabulary", [new("EAST", "East"), new("SOUTH", "South"), new("WEST", "West")]);

    [Fact]
    public async Task Current_ForceWithoutHours_UsesTheDocumentedDefaults()
    {
        using var temp = new TempStore();
        using var store = Store(temp);

        var windows = new ForceContactWindows(store).Current;

        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(20, 0), false), (windows.HoursOf(ContactChannel.Sms).Start, windows.HoursOf(ContactChannel.Sms).End, windows.HoursOf(ContactChannel.Sms).Sundays));
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(21, 0)), (windows.HoursOf(ContactChannel.Phone).Start, windows.HoursOf(ContactChannel.Phone).End));
        Assert.True(windows.Decide(ContactChannel.Sms, Tuesday1015).Allowed);
        Assert.NotNull(windows.Holidays.Find(new DateOnly(2022, 9, 19))); // the built-in file: the Queen's state funeral
    }

    [Fact]
    public async Task Current_AfterForceInitInAnotherProcess_ReadsTheNewHoursWithoutRestart()
    {
        using var temp = new TempStore();
        using var store = Store(temp);
        var source = new ForceContactWindows(store, TimeSpan.Zero);
        Assert.True(source.Current.Decide(ContactChannel.Sms, Tuesday1015).Allowed);

        await InitAsync(temp, Demo with { ContactHours = new() { Sms = new() { Start = new(11, 0), End = new(19, 0) }, Phone = new() { Start = new(10, 0), End = new(20, 0), Sundays = true } } });

        var decision = source.Current.Decide(ContactChannel.Sms, Tuesday1015);
        Assert.False(decision.Allowed);
        Assert.Equal(ContactBlockReason.BeforeHours, decision.Reason);
        Assert.Equal(new DateTimeOffset(2027, 6, 1, 11, 0, 0, TimeSpan.FromHours(1)), decision.NextAllowedAt);
        Assert.True(source.Current.Decide(ContactChannel.Phone, Tuesday1015).Allowed);
        Assert.True(source.Current.Decide(ContactChannel.Phone, new DateTimeOffset(2027, 6, 6, 10, 0, 0, TimeSpan.Zero)).Allowed); // a Sunday
        Assert.False(source.Current.Decide(ContactChannel.Sms, new DateTimeOffset(2027, 6, 6, 10, 0, 0, TimeSpan.Zero)).Allowed);
    }

    [Fact]
    public async Task Current_WithinTheRefreshInterval_KeepsTheWindowsRead()
    {
        using var temp = new TempStore();
        using var store = Store(temp);
        var source = new ForceContactWindows(store, TimeSpan.FromHours(1));
        var first = source.Current;

        await InitAsync(temp, Demo with { ContactHours = new() { Sms = new() { Start = new(11, 0), End = new(19, 0) } } });

        Assert.Same(first, source.Current);
        source.Invalidate();
        Assert.False(source.Current.Decide(ContactChannel.Sms, Tuesday1015).Allowed);
    }

    [Fact]
    public async Task Current_BankHolidaysFromForceYaml_BlockTheForcesOneOffDay()
    {
        using var temp = new TempStore();
        using var store = Store(temp);
        var holidays = Path.Combine(temp.Folder, "days.yaml");
        await File.WriteAllTextAsync(holidays, """
            format: satisfaction-bank-holidays/1
            changes:
              - { date: 2027-06-01, change: added, name: "Force open day" }
            """);
        var yaml = Path.Combine(temp.Folder, "force.yaml");
        await File.WriteAllTextAsync(yaml, """
            code: DEMO
            name: Demo Constabulary
            divisions: [EAST, SOUTH, WEST]
            bank_holidays: days.yaml
            """);
        var source = new ForceContactWindows(store, TimeSpan.Zero);
        Assert.True(source.Current.Decide(ContactChannel.Phone, Tuesday1015).Allowed);

        await InitAsync(temp, ForceDefinitionFile.Load(yaml));

        var decision = source.Current.Decide(ContactChannel.Phone, Tuesday1015);
        Assert.False(decision.Allowed);
        Assert.Equal(ContactBlockReason.BankHoliday, decision.Reason);
        Assert.Contains("Force open day", decision.Explanation, StringComparison.Ordinal);
        Assert.Null(source.Current.Holidays.Find(new DateOnly(2022, 9, 19))); // the force's file replaces the built-in one
        using var db = temp.Open();
        var view = await new ForceShowService(db).GetAsync("DEMO");
        Assert.Equal(("days.yaml", 1), (view.BankHolidaysSource, view.BankHolidayDays));
    }

    [Fact]
    public void Build_SeveralForces_PermitsOnlyTheHoursEveryForcePermits()
    {
        var a = new ForceSettings { ContactHours = new() { Sms = new() { Start = new(9, 0), End = new(18, 0), Sundays = true } } }.Write();
        var b = new ForceSettings { ContactHours = new() { Sms = new() { Start = new(10, 0), End = new(20, 0), Sundays = true }, Phone = new() { Start = new(8, 0), End = new(17, 0) } } }.Write();

        var windows = ForceContactWindows.Build([("A", "Europe/London", a), ("B", "Europe/London", b)]);

        Assert.Equal((new TimeOnly(10, 0), new TimeOnly(18, 0), true), (windows.HoursOf(ContactChannel.Sms).Start, windows.HoursOf(ContactChannel.Sms).End, windows.HoursOf(ContactChannel.Sms).Sundays));
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(17, 0), false), (windows.HoursOf(ContactChannel.Phone).Start, windows.HoursOf(ContactChannel.Phone).End, windows.HoursOf(ContactChannel.Phone).Sundays));
    }

    [Fact]
    public async Task ForForce_TwoForcesWhoseSmsHoursDoNotOverlap_EachKeepsItsOwnAndOnlyTheSharedWindowsFail()
    {
        using var temp = new TempStore();
        using var store = Store(temp);
        await InitAsync(temp, Demo with { ContactHours = new() { Sms = new() { Start = new(9, 0), End = new(11, 30) } } });
        await InitAsync(temp, new ForceDefinition("NORTH", "Northshire Police", [new("EAST", "East")]) { TimeZone = "Europe/Dublin", ContactHours = new() { Sms = new() { Start = new(12, 0), End = new(20, 0) } } });
        using var db = temp.Open();
        var ids = db.Forces.ToDictionary(f => f.Code, f => f.Id);
        var source = new ForceContactWindows(store, TimeSpan.FromHours(1));

        var demo = source.ForForce(ids["DEMO"]);
        var north = source.ForForce(ids["NORTH"]);

        Assert.True(demo.Decide(ContactChannel.Sms, Tuesday1015).Allowed);
        Assert.False(north.Decide(ContactChannel.Sms, Tuesday1015).Allowed);
        Assert.Equal(new TimeOnly(12, 0), north.HoursOf(ContactChannel.Sms).Start);
        Assert.Equal("Europe/Dublin", north.Zone.Id);
        Assert.Equal("Europe/London", demo.Zone.Id);
        var shared = Assert.Throws<Core.InvalidInputException>(() => source.Current);
        Assert.Contains("DEMO, NORTH", shared.Message, StringComparison.Ordinal);
        // A key no force has falls back to the shared windows.
        Assert.Throws<Core.InvalidInputException>(() => source.ForForce(999));
    }
}
