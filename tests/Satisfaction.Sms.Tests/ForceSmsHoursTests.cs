using Microsoft.Extensions.DependencyInjection;
using Satisfaction.Application.Forces;

namespace Satisfaction.Sms.Tests;

/// <summary>SMS invitations go only in the hours the force's stored settings permit, and a change applies without a restart.</summary>
public sealed class ForceSmsHoursTests
{
    private const string Victim = "+447700900123";

    private static async Task InitAsync(SmsTestHost host, string smsHours)
    {
        using var scope = host.App.Services.CreateScope();
        var setup = scope.ServiceProvider.GetRequiredService<ForceSetup>();
        await setup.EnsureAsync(new ForceDefinition("DEMO", "Demo Constabulary", [new DivisionDefinition("EAST", "East")])
        {
            ContactHours = new() { Sms = new() { Start = TimeOnly.Parse(smsHours[..5], System.Globalization.CultureInfo.InvariantCulture), End = TimeOnly.Parse(smsHours[6..], System.Globalization.CultureInfo.InvariantCulture) } },
        });
    }

    [Fact]
    public async Task Dispatch_ForceWithNarrowerSmsHours_InvitesNobodyOutsideThemThenInvitesInsideThem()
    {
        // Tuesday 2 March 2027, 10:00 GMT: inside the default SMS hours (09:00-20:00).
        await using var host = await SmsTestHost.StartAsync();
        await host.SeedCasesAsync(Victim);
        await InitAsync(host, "12:00-20:00");

        var early = await host.Dispatch.RunAsync();
        Assert.False(early.SmsPermittedNow);
        Assert.Equal(0, early.Invited);
        Assert.Equal(0, await host.SettledMessageCountAsync());

        host.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 2, 12, 0, 0, TimeSpan.Zero));
        var inside = await host.Dispatch.RunAsync();
        Assert.True(inside.SmsPermittedNow);
        Assert.Equal(1, inside.Invited);
        await host.WaitForMessagesAsync(1);
    }

    [Fact]
    public async Task Dispatch_ForceInitWhileRunning_AppliesTheNewHoursWithoutRestart()
    {
        await using var host = await SmsTestHost.StartAsync();
        await host.SeedCasesAsync(Victim);
        Assert.True((await host.Dispatch.RunAsync()).SmsPermittedNow); // defaults: 10:00 is inside 09:00-20:00

        await InitAsync(host, "10:30-20:00");

        Assert.False((await host.Dispatch.RunAsync()).SmsPermittedNow);
    }
}
