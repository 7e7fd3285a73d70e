using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Application.Ringback;
using Satisfaction.Core.Fieldwork;
using Satisfaction.Data.Entities;
using Xunit.Abstractions;

namespace Satisfaction.Cli.Tests.Commands.Ringback;

/// <summary>
/// Two processes and eight threads claim cases on one SQLite store for a minute (shorter when
/// <c>SATISFACTION_RINGBACK_CONCURRENCY_SECONDS</c> says so, e.g. in CI): no case is ever held by two handlers
/// at once, and none is lost.
/// </summary>
/// <remarks>
/// How a double hold would show: each thread, once it holds a case, inserts a row keyed by the case id into a probe
/// table and deletes it before letting go (a second holder's insert fails); it then renews the lock under its claim's
/// version and releases by name (both fail if any other handler, thread or process, claimed the case meanwhile).
/// The second process is the real console in line mode: it adds a note (which renews the lock under its version)
/// and gives the case back, printing a warning if either finds the case taken.
/// </remarks>
public sealed class RingbackConcurrencyTests(ITestOutputHelper log)
{
    private const int Threads = 8;
    private const int Cases = 400;

    [Fact]
    public async Task TwoProcessesAndEightThreads_ClaimForAMinute_NoCaseHeldTwiceAndNoneLost()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("SATISFACTION_RINGBACK_CONCURRENCY_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 60;
        using var store = new RingbackStore(victims: Cases);
        using (var setup = store.Db())
        {
            await setup.Database.ExecuteSqlRawAsync("CREATE TABLE probe (case_id INTEGER PRIMARY KEY, holder TEXT NOT NULL)");
        }

        var (builderDesk, builderDb) = store.Desk();
        using (builderDb)
        {
            // Queue the cases once, so the two processes start on the same queue.
            var first = (await builderDesk.NextAsync("setup")).Claim;
            Assert.NotNull(first);
            Assert.True(await builderDesk.ReleaseAsync(first.CaseId, "setup"));
        }

        var stop = DateTime.UtcNow.AddSeconds(seconds);
        using var child = StartConsole(store);
        var childOut = child.StandardOutput.ReadToEndAsync();
        var childErr = child.StandardError.ReadToEndAsync();
        var feeder = Task.Run(async () =>
        {
            try
            {
                while (DateTime.UtcNow < stop)
                {
                    await child.StandardInput.WriteLineAsync("n");
                    await child.StandardInput.WriteLineAsync("probe note");
                    await child.StandardInput.WriteLineAsync("r");
                }

                await child.StandardInput.WriteLineAsync("q");
                child.StandardInput.Close();
            }
            catch (IOException)
            {
                // The console ended early; its exit code and output tell why.
            }
        });

        var problems = new ConcurrentQueue<string>();
        var claims = 0;
        var records = 0;
        var workers = Enumerable.Range(1, Threads).Select(t => Task.Run(async () =>
        {
            var handler = "thread" + t.ToString(CultureInfo.InvariantCulture);
            var (desk, db) = store.Desk();
            using (db)
            {
                var n = 0;
                while (DateTime.UtcNow < stop)
                {
                    try
                    {
                        if ((await desk.NextAsync(handler)).Claim is not { } claim)
                        {
                            continue;
                        }

                        Interlocked.Increment(ref claims);
                        if (await Probe(db, "INSERT INTO probe (case_id, holder) VALUES ({0}, {1})", claim.CaseId, handler) != 1)
                        {
                            problems.Enqueue($"{handler}: case {claim.CaseId} already in the probe");
                        }

                        await Task.Yield();
                        await desk.TouchAsync(claim, handler);
                        await Probe(db, "DELETE FROM probe WHERE case_id = {0} AND holder = {1}", claim.CaseId, handler);
                        if (++n % 25 == 0)
                        {
                            await desk.RecordAsync(new RecordRequest(claim.CaseId, handler, CallOutcome.NoAnswer, LockVersion: claim.LockVersion));
                            Interlocked.Increment(ref records);
                        }
                        else if (!await desk.ReleaseAsync(claim.CaseId, handler))
                        {
                            problems.Enqueue($"{handler}: case {claim.CaseId} was taken while held");
                        }
                    }
                    catch (Exception ex) when (ex is Core.InvalidInputException or SqliteException or DbUpdateException)
                    {
                        problems.Enqueue($"{handler}: {ex.GetType().Name}: {ex.Message}");
                    }
                }
            }
        })).ToArray();

        await Task.WhenAll(workers);
        await feeder;
        await child.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        var consoleOutput = await childOut;
        Assert.True(child.ExitCode == 0, "console exit " + child.ExitCode + ": " + await childErr);

        log.WriteLine($"{seconds} s: {claims} claims and {records} records by {Threads} threads; {consoleOutput.Split("Ask for:").Length - 1} claims by the console process; {problems.Count} problems");
        Assert.Empty(problems);
        Assert.DoesNotContain("no longer yours", consoleOutput, StringComparison.Ordinal);
        var consoleClaims = consoleOutput.Split("Ask for:").Length - 1;
        Assert.True(claims > 100, $"only {claims} claims by the threads");
        Assert.True(consoleClaims > 10, $"only {consoleClaims} claims by the console process");

        using var check = store.Db();
        Assert.Equal(Cases, await check.CallCases.CountAsync());
        Assert.Equal(0, await check.CallCases.CountAsync(c => c.LockedBy != null));
        Assert.Equal(0, await check.CallCases.CountAsync(c => c.Status != CallCaseStatus.Ready));
        Assert.Equal(records, await check.ContactAttempts.CountAsync());
        Assert.Equal(records, await check.CallCases.SumAsync(c => c.Attempts));
        Assert.Equal(0L, await check.Database.SqlQueryRaw<long>("SELECT count(*) AS Value FROM probe").SingleAsync());
    }

    private static async Task<int> Probe(Data.SatisfactionDbContext db, string sql, long caseId, string handler)
    {
        try
        {
            return await db.Database.ExecuteSqlRawAsync(sql, caseId, handler);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
        {
            return 0;
        }
    }

    private static Process StartConsole(RingbackStore store)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = store.Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "satisfaction.dll"), "ringback", "--plain", "--db", store.DbPath, "--handler", "process2", "--now", "2026-11-30T10:00" })
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
