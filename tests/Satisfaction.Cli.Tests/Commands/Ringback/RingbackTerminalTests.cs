using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Data.Entities;

namespace Satisfaction.Cli.Tests.Commands.Ringback;

/// <summary>
/// End to end in a real terminal: the built program runs the console full screen inside tmux; keys go in with
/// <c>tmux send-keys</c> and the screen is read with <c>tmux capture-pane</c>. tmux comes from Debian's packages
/// (<c>.ci/run</c> installs it).
/// </summary>
public sealed class RingbackTerminalTests
{
    private static readonly Dictionary<string, string> Sample = new(StringComparer.Ordinal)
    {
        ["crime_type"] = "burglary", ["report_date"] = "3 September 2026", ["user_group"] = "burglary", ["force_name"] = "Demo Police",
    };

    [Fact]
    public async Task Console_InTmux_CompletesAnInterviewAndStoresIt()
    {
        using var store = new RingbackStore(victims: 1);
        var engine = store.Scripts.Engine("uss-burglary");
        var (keys, answers) = RingbackScreenTests.Walk(engine, Sample, engine.Start(Sample));
        var session = "satisfaction-e2e-" + Guid.NewGuid().ToString("N")[..8];
        var command = string.Join(' ', new[]
        {
            "dotnet", Quote(Path.Combine(AppContext.BaseDirectory, "satisfaction.dll")), "ringback", "--db", Quote(store.DbPath),
            "--handler", "e2e", "--now", "2026-11-30T10:00",
        });
        await Tmux("new-session", "-d", "-s", session, "-x", "200", "-y", "50", "-c", store.Folder, command);
        try
        {
            var screen = await WaitForAsync(session, "Ask for: Sam1");
            Assert.Contains("01632 960001", screen, StringComparison.Ordinal);

            await Keys(session, "s");
            await WaitForAsync(session, "question 1 (consent)");
            var n = 0;
            foreach (var key in keys)
            {
                switch (key)
                {
                    case char pressed:
                        await Keys(session, pressed.ToString());
                        break;
                    case string text:
                        await Keys(session, text);
                        await Tmux("send-keys", "-t", session, "Enter");
                        break;
                }

                n++;
                var next = n < answers.Count ? $"question {n + 1} ({answers[n].QuestionId})" : "The interview is complete";
                await WaitForAsync(session, next);
            }

            await Keys(session, "1");
            screen = await WaitForAsync(session, "Recorded: Complete interview (1.1)");
            Assert.Contains("The case is closed.", screen, StringComparison.Ordinal);
            await Keys(session, "q");
            await WaitForExitAsync(session);
        }
        finally
        {
            await Tmux(true, "kill-session", "-t", session);
        }

        using var db = store.Db();
        var c = await db.CallCases.SingleAsync();
        Assert.Equal((CallCaseStatus.Closed, "1.1", null), (c.Status, c.Disposition, c.LockedBy));
        Assert.Equal(answers.Count, await db.Answers.CountAsync());
        Assert.Equal(("complete", "e2e"), await db.ContactAttempts.Select(a => ValueTuple.Create(a.Outcome, a.Handler)).SingleAsync());
    }

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static Task<string> Keys(string session, string literal) => Tmux("send-keys", "-t", session, "-l", literal);

    private static async Task<string> WaitForAsync(string session, string text)
    {
        var clock = Stopwatch.StartNew();
        var screen = string.Empty;
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            screen = await Tmux("capture-pane", "-p", "-J", "-t", session);
            if (screen.Contains(text, StringComparison.Ordinal))
            {
                return screen;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"'{text}' did not appear on the screen within 60 s; the screen shows:\n{screen}");
    }

    private static async Task WaitForExitAsync(string session)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (!(await Tmux(true, "has-session", "-t", session)).Contains("ok", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the console did not exit after Q");
    }

    private static Task<string> Tmux(params string[] args) => Tmux(false, args);

    private static async Task<string> Tmux(bool mayFail, params string[] args)
    {
        var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("tmux did not start; install it (apt-get install -y tmux)");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 && !mayFail)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"tmux {string.Join(' ', args)} failed ({process.ExitCode}): {error}"));
        }

        return mayFail && args[0] == "has-session" ? (process.ExitCode == 0 ? "ok" : "gone") : output;
    }
}
