using Satisfaction.Cli.Infrastructure;

namespace Satisfaction.Cli.Tests.Commands.Ringback;

/// <summary>The ring-back desk calls only in the hours the force's own settings permit (force.yaml contact_hours).</summary>
public sealed class ForceCallingHoursTests
{
    [Fact]
    public async Task RingbackNext_ForceWithNarrowerPhoneHours_OffersNoCaseBeforeThemAndOneInsideThem()
    {
        using var store = new RingbackStore(victims: 1);
        using var cli = new CliRun();
        var yaml = Path.Combine(store.Folder, "force.yaml");
        await File.WriteAllTextAsync(yaml, $"""
            code: DEMO
            name: Demo Police
            divisions: [EAST]
            programmes: {Path.Combine(AppContext.BaseDirectory, "Data", "programmes")}
            contact_hours:
              sms: 09:00-20:00
              phone: 12:00-21:00
            """);

        var init = await cli.RunAsync("force", "init", "--file", yaml, "--db", store.DbPath);
        Assert.Equal(0, init.ExitCode);
        var show = await cli.RunAsync("force", "show", "--db", store.DbPath);
        Assert.Contains("phone 12:00-21:00", show.Out, StringComparison.Ordinal);

        // 11:59 on a Monday is inside the default calling hours (09:00-21:00), not inside the force's.
        var early = await cli.RunAsync("ringback", "next", "--db", store.DbPath, "--handler", "bob", "--now", "2026-11-30T11:59");
        Assert.Equal(ExitCodes.NothingDue, early.ExitCode);
        Assert.Contains("outside calling hours", early.Error, StringComparison.Ordinal);
        Assert.Contains("2026-11-30 12:00", early.Error, StringComparison.Ordinal);

        var late = await cli.RunAsync("ringback", "next", "--db", store.DbPath, "--handler", "bob", "--now", "2026-11-30T12:00");
        Assert.Equal(ExitCodes.Ok, late.ExitCode);
    }
}
