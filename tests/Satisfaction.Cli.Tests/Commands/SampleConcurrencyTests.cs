using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Data;
using Satisfaction.Data.Entities;
using Satisfaction.Demo.Synthetic;

namespace Satisfaction.Cli.Tests.Commands;

/// <summary>Two <c>satisfaction sample</c> processes on one store file: never an internal error, never a record twice.</summary>
public sealed partial class SampleConcurrencyTests : IDisposable
{
    private const string Busy = "error: the weekly draw: the store is busy: another draw, release or import is writing to it and did not finish in time. Nothing was written; run it again when the other has finished.";
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Sample_TwoProcessesAtOnce_TheSecondWaitsThenConsidersOnlyWhatIsLeft_OrIsRefusedWhenTheWaitIsTooLong()
    {
        // Given a store with three months of demo records
        var path = Path.Combine(_cli.WorkDir, "store.db");
        SeedForce(path);
        using (var writer = new StreamWriter(Path.Combine(_cli.WorkDir, "extract.csv")))
        {
            DemoCrimeCsv.Write(writer, DemoCrimeGenerator.Generate(new DemoDataOptions { Seed = 4, AsOf = new DateOnly(2026, 11, 30), Days = 90, RecordsPerYear = 3000 }));
        }

        var import = await _cli.RunAsync("import", "crimes", "extract.csv", "--db", "store.db");
        Assert.True(import.ExitCode == ExitCodes.Ok, import.Error);

        // When two draws for the same week start while another writer holds the store, which then lets go (each may
        // wait a minute: on a loaded machine one draw can take longer than the default 5 s)
        (int Code, string Out, string Error)[] both;
        var patient = new Dictionary<string, string> { ["SATISFACTION_STORE__BUSYTIMEOUTMILLISECONDS"] = "60000" };
        await using (var holder = SatisfactionDb.Open(path))
        {
            var holding = await holder.Database.BeginWriteAsync("test", CancellationToken.None);
            var first = CommandLineTests.RunProcessAsync(_cli.WorkDir, patient, "sample", "--as-of", "2026-11-30", "--db", "store.db");
            var second = CommandLineTests.RunProcessAsync(_cli.WorkDir, patient, "sample", "--as-of", "2026-11-30", "--db", "store.db");
            await Task.Delay(1500);
            await holding.RollbackAsync();
            await holding.DisposeAsync();
            both = await Task.WhenAll(first, second);
        }

        // Then both finish (exit 0); between them every record is considered exactly once
        Assert.All(both, r => Assert.True(r.Code == ExitCodes.Ok, r.Error));
        var considered = both.Select(r => int.Parse(ConsideredCount().Match(r.Out).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(0, considered[0]);
        Assert.True(considered[1] > 0);
        await using (var db = SatisfactionDb.Open(path))
        {
            Assert.Equal(considered[1], await db.DrawConsiderations.CountAsync());
            Assert.Equal(considered[1], await db.DrawConsiderations.Select(c => c.CrimeRef).Distinct().CountAsync());
        }

        // And a draw that may wait only 200 ms while the store stays held is refused with a message (exit 1), writing nothing
        await using (var holder = SatisfactionDb.Open(path))
        {
            await using var holding = await holder.Database.BeginWriteAsync("test", CancellationToken.None);
            var environment = new Dictionary<string, string> { ["SATISFACTION_STORE__BUSYTIMEOUTMILLISECONDS"] = "200" };
            var refused = await CommandLineTests.RunProcessAsync(_cli.WorkDir, environment, "sample", "--as-of", "2026-12-07", "--db", "store.db");
            Assert.Equal(ExitCodes.UserError, refused.Code);
            Assert.Equal(Busy, refused.Error.Trim());
            await holding.RollbackAsync();
        }

        await using var check = SatisfactionDb.Open(path);
        Assert.Equal(2, await check.SampleDraws.CountAsync());
    }

    [Fact]
    public async Task ImportCrimes_WhileAnotherWriterHoldsTheStore_IsRefusedWithAMessageAndImportsNothing()
    {
        var path = Path.Combine(_cli.WorkDir, "store.db");
        SeedForce(path);
        using (var writer = new StreamWriter(Path.Combine(_cli.WorkDir, "extract.csv")))
        {
            DemoCrimeCsv.Write(writer, DemoCrimeGenerator.Generate(new DemoDataOptions { Seed = 5, AsOf = new DateOnly(2026, 11, 30), Days = 30, RecordsPerYear = 1000 }));
        }

        await using (var holder = SatisfactionDb.Open(path))
        {
            await using var holding = await holder.Database.BeginWriteAsync("test", CancellationToken.None);
            var environment = new Dictionary<string, string> { ["SATISFACTION_STORE__BUSYTIMEOUTMILLISECONDS"] = "200" };
            var refused = await CommandLineTests.RunProcessAsync(_cli.WorkDir, environment, "import", "crimes", "extract.csv", "--db", "store.db");
            Assert.Equal(ExitCodes.UserError, refused.Code);
            Assert.StartsWith("error: the store is busy:", refused.Error.Trim(), StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", refused.Error, StringComparison.Ordinal);
            await holding.RollbackAsync();
        }

        await using var check = SatisfactionDb.Open(path);
        Assert.Equal(0, await check.RecordedCrimes.CountAsync());
    }

    public void Dispose() => _cli.Dispose();

    [GeneratedRegex(@"considered (\d+),")]
    private static partial Regex ConsideredCount();

    private static void SeedForce(string path)
    {
        using var db = SatisfactionDb.Open(path);
        var force = new Force { Code = DemoForce.Code, Name = DemoForce.Name, CreatedAt = DateTimeOffset.UnixEpoch };
        db.Forces.Add(force);
        db.SaveChanges();
        db.Divisions.AddRange(DemoForce.Divisions.Select(d => new Division { ForceId = force.Id, Code = d.Code, Name = d.Name }));
        db.SaveChanges();
    }
}
