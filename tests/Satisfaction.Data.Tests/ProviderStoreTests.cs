using Microsoft.EntityFrameworkCore;
using Satisfaction.Core;
using Satisfaction.Core.Fieldwork;
using Satisfaction.Data.Entities;
using Satisfaction.Data.Queue;
using Satisfaction.Tests.Stores;

namespace Satisfaction.Data.Tests;

/// <summary>What must hold on both providers: the migrated schema, its checks and triggers, text order, the write lock and the handlers' locks.</summary>
public sealed class ProviderStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<StoreProvider> Providers => TestProviders.All;

    [Theory]
    [MemberData(nameof(Providers))]
    public void Open_NewStore_HasEveryTableOfTheModelAndNoPendingMigration(StoreProvider provider)
    {
        using var store = TestDatabase.Create(provider);
        using var db = store.Open();

        Assert.Empty(db.Database.GetPendingMigrations());
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct())
        {
#pragma warning disable EF1002 // table names come from the model
            Assert.Equal(0, db.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM {table}").Single());
#pragma warning restore EF1002
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Checks_PhoneNotE164AndBadDisposition_AreRejectedAsOnSqlite(StoreProvider provider)
    {
        using var store = TestDatabase.Create(provider);
        using (var db = store.Open())
        {
            db.VictimContacts.Add(new VictimContact { ForceId = ForceOf(db), VictimId = "V1", PhoneE164 = "07700900123", UpdatedAt = Now });
            var ex = Assert.Throws<DbUpdateException>(() => db.SaveChanges());
            Assert.Contains("ck_victim_contacts_phone_e164", ex.InnerException!.Message, StringComparison.Ordinal);
        }

        using (var db = store.Open())
        {
            db.VictimContacts.Add(new VictimContact { ForceId = ForceOf(db), VictimId = "V1", PhoneE164 = "+447700900123", UpdatedAt = Now });
            db.SaveChanges();
            var (_, number) = SeedNumbers(db, 1);
            db.ContactAttempts.Add(new ContactAttempt { RddNumberId = number[0], At = Now, Outcome = "x", Disposition = "3.13" });
            db.SaveChanges();
            db.ContactAttempts.Add(new ContactAttempt { RddNumberId = number[0], At = Now, Outcome = "x", Disposition = "5.1" });
            var ex = Assert.Throws<DbUpdateException>(() => db.SaveChanges());
            Assert.Contains("ck_contact_attempts_disposition", ex.InnerException!.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void AuditLog_RawUpdateOrDelete_IsAbortedByTheStore(StoreProvider provider)
    {
        using var store = TestDatabase.Create(provider);
        using (var db = store.Open())
        {
            db.AuditLog.Add(new AuditLogEntry { At = Now, Actor = "a", Action = "b", Subject = "c" });
            db.SaveChanges();
            var update = Assert.ThrowsAny<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRaw("UPDATE audit_log SET action = 'x'"));
            Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
            Assert.ThrowsAny<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRaw("DELETE FROM audit_log"));
        }

        using var fresh = store.Open();
        Assert.Equal("b", fresh.AuditLog.Single().Action);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void OrderBy_Text_IsByCodePointOnBothProviders(StoreProvider provider)
    {
        using var store = TestDatabase.Create(provider);
        using var db = store.Open();
        foreach (var id in new[] { "b", "B", "a-2", "a_1", "A", "a", "é" })
        {
            db.VictimContacts.Add(new VictimContact { ForceId = ForceOf(db), VictimId = id, UpdatedAt = Now });
        }

        db.SaveChanges();

        Assert.Equal(["A", "B", "a", "a-2", "a_1", "b", "é"], db.VictimContacts.OrderBy(v => v.VictimId).Select(v => v.VictimId).ToList());
        Assert.Equal(["b"], db.VictimContacts.Where(v => v.VictimId == "b").Select(v => v.VictimId).ToList());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Query_InstantsAcrossOffsets_CompareAsInstants(StoreProvider provider)
    {
        using var store = TestDatabase.Create(provider);
        using var db = store.Open();
        db.VictimContacts.Add(new VictimContact { ForceId = ForceOf(db), VictimId = "EARLY", UpdatedAt = new DateTimeOffset(2026, 7, 1, 9, 30, 0, TimeSpan.FromHours(1)) });
        db.VictimContacts.Add(new VictimContact { ForceId = ForceOf(db), VictimId = "LATE", UpdatedAt = new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero) });
        db.SaveChanges();

        var cut = new DateTimeOffset(2026, 7, 1, 9, 45, 0, TimeSpan.FromHours(1));
        Assert.Equal(["EARLY", "LATE"], db.VictimContacts.OrderBy(c => c.UpdatedAt).Select(c => c.VictimId).ToList());
        Assert.Equal(["LATE"], db.VictimContacts.Where(c => c.UpdatedAt > cut).Select(c => c.VictimId).ToList());
        Assert.Equal(TimeSpan.Zero, db.VictimContacts.AsNoTracking().Single(c => c.VictimId == "EARLY").UpdatedAt.Offset);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task BeginWrite_WhileAnotherWriterHoldsTheLock_FailsAfterTheBusyTimeoutAndWritesNothing(StoreProvider provider)
    {
        using var store = TestDatabase.Create(provider);
        await using (var setup = store.Open())
        {
        }

        await using var first = SatisfactionDb.CreateContext(store.Options);
        await using var holder = await first.Database.BeginWriteAsync("the first draw", CancellationToken.None);
        first.VictimContacts.Add(new VictimContact { ForceId = ForceOf(first), VictimId = "FIRST", UpdatedAt = Now });
        await first.SaveChangesAsync();

        await using var second = SatisfactionDb.CreateContext(store.WithBusyTimeout(300));
        var started = System.Diagnostics.Stopwatch.StartNew();
        var ex = await Assert.ThrowsAsync<InvalidInputException>(() => second.Database.BeginWriteAsync("the second draw", CancellationToken.None));
        Assert.Contains("the second draw: the store is busy", ex.Message, StringComparison.Ordinal);
        Assert.InRange(started.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(20));

        await holder.CommitAsync();
        await using var third = SatisfactionDb.CreateContext(store.WithBusyTimeout(300));
        await using (var again = await third.Database.BeginWriteAsync("the second draw", CancellationToken.None))
        {
            Assert.Equal(1, await third.VictimContacts.CountAsync(v => v.VictimId == "FIRST"));
            await again.CommitAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task BeginForceWrite_TwoForces_RunTogetherOnPostgreSqlOnlyWhileOneForceAndTheStoreWideLockStillExclude(StoreProvider provider)
    {
        using var store = TestDatabase.Create(provider);
        await using (var setup = store.Open())
        {
        }

        // A draw of force 1 holds its write.
        await using var first = SatisfactionDb.CreateContext(store.Options);
        var holder = await first.Database.BeginForceWriteAsync("the draw of force 1", 1, CancellationToken.None);

        // A draw of force 2 at the same time: on PostgreSQL it gets its write at once; SQLite has one writer per file.
        await using (var other = SatisfactionDb.CreateContext(store.WithBusyTimeout(300)))
        {
            if (provider == StoreProvider.PostgreSql)
            {
                await using var second = await other.Database.BeginForceWriteAsync("the draw of force 2", 2, CancellationToken.None);
                await second.CommitAsync();
            }
            else
            {
                var busy = await Assert.ThrowsAsync<InvalidInputException>(() => other.Database.BeginForceWriteAsync("the draw of force 2", 2, CancellationToken.None));
                Assert.Contains("the draw of force 2: the store is busy", busy.Message, StringComparison.Ordinal);
            }
        }

        // A second draw of force 1, and a store-wide writer (an RDD release), wait and give up after the busy timeout.
        await using (var same = SatisfactionDb.CreateContext(store.WithBusyTimeout(300)))
        {
            var ex = await Assert.ThrowsAsync<InvalidInputException>(() => same.Database.BeginForceWriteAsync("the second draw of force 1", 1, CancellationToken.None));
            Assert.Contains("the second draw of force 1: the store is busy", ex.Message, StringComparison.Ordinal);
        }

        await using (var wide = SatisfactionDb.CreateContext(store.WithBusyTimeout(300)))
        {
            var ex = await Assert.ThrowsAsync<InvalidInputException>(() => wide.Database.BeginWriteAsync("the RDD release", CancellationToken.None));
            Assert.Contains("the RDD release: the store is busy", ex.Message, StringComparison.Ordinal);
        }

        // Once force 1's draw commits, a store-wide writer gets the store, and while it holds it no force writes.
        await holder.CommitAsync();
        await holder.DisposeAsync();
        await using var release = SatisfactionDb.CreateContext(store.WithBusyTimeout(300));
        await using var wideHolder = await release.Database.BeginWriteAsync("the RDD release", CancellationToken.None);
        await using (var later = SatisfactionDb.CreateContext(store.WithBusyTimeout(300)))
        {
            var ex = await Assert.ThrowsAsync<InvalidInputException>(() => later.Database.BeginForceWriteAsync("the draw of force 2", 2, CancellationToken.None));
            Assert.Contains("the draw of force 2: the store is busy", ex.Message, StringComparison.Ordinal);
        }

        await wideHolder.CommitAsync();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ClaimNext_EightHandlersOnTwoNodesRacing_NeverHoldOneCaseTwice(StoreProvider provider)
    {
        using var store = TestDatabase.Create(provider);
        const int cases = 40;
        int forceId;
        await using (var db = store.Open())
        {
            (forceId, var numbers) = SeedNumbers(db, cases);
            foreach (var (id, i) in numbers.Select((id, i) => (id, i)))
            {
                db.CallCases.Add(new CallCase
                {
                    ForceId = forceId, Kind = CaseKind.Rdd, Purpose = CallPurpose.Survey, Source = CallSource.Rdd, RddNumberId = id, QuestionnaireId = "q", Stratum = "rdd",
                    Status = CallCaseStatus.Ready, Priority = i % 3, NextCallAt = Now.AddMinutes(-i), CreatedAt = Now, UpdatedAt = Now,
                });
            }

            await db.SaveChangesAsync();
        }

        // The handlers sit on two service nodes: each node its own connection pool (on PostgreSQL its own
        // application name) and its own lock component, as two `serve` processes have.
        var nodes = new[] { "node-a", "node-b" }.Select(n => (Name: n, Options: NodeOptions(store.Options, n), Locks: CallQueueLocks.For(provider))).ToArray();
        var locks = nodes[0].Locks;
        var claims = new System.Collections.Concurrent.ConcurrentBag<(string Handler, long CaseId)>();
        using var go = new SemaphoreSlim(0, 8);

        // Every handler takes its first case before any takes a second, so both nodes race for the rest
        // even when one node's handlers start much later under load (CI once saw node A take all 40).
        var firstClaims = 0;
        var allHaveOne = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handlers = Enumerable.Range(1, 8).Select(h => Task.Run(async () =>
        {
            var node = nodes[h % 2];
            await using var db = SatisfactionDb.CreateContext(node.Options);
            await db.Database.OpenConnectionAsync();
            await go.WaitAsync();
            var first = true;
            while (await node.Locks.ClaimNextAsync(db, forceId, CallPurpose.Survey, $"{node.Name}/h{h}", Now, Now.AddMinutes(30)) is { } claim)
            {
                claims.Add(($"{node.Name}/h{h}", claim.CaseId));
                if (first)
                {
                    first = false;
                    if (Interlocked.Increment(ref firstClaims) == 8)
                    {
                        allHaveOne.SetResult();
                    }

                    await allHaveOne.Task.WaitAsync(TimeSpan.FromSeconds(60));
                }
            }
        })).ToArray();
        go.Release(8);
        await Task.WhenAll(handlers);

        Assert.Equal(cases, claims.Count);
        Assert.Equal(cases, claims.Select(c => c.CaseId).Distinct().Count());
        Assert.All(nodes, n => Assert.Contains(claims, c => c.Handler.StartsWith(n.Name, StringComparison.Ordinal)));
        await using var check = store.Open();
        var held = await check.CallCases.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.LockedBy);
        Assert.All(claims, c => Assert.Equal(c.Handler, held[c.CaseId]));

        var first = claims.First();
        Assert.Null(await locks.ClaimAsync(check, forceId, first.CaseId, "intruder", Now.AddMinutes(1), Now.AddMinutes(31)));
        Assert.True(await locks.ReleaseAsync(check, first.CaseId, first.Handler, Now.AddMinutes(2)));
        var taken = await locks.ClaimAsync(check, forceId, first.CaseId, "intruder", Now.AddMinutes(3), Now.AddMinutes(33));
        Assert.NotNull(taken);
        Assert.Equal(taken, await locks.HeldByAsync(check, forceId, "intruder", Now.AddMinutes(4)));
        Assert.True(await locks.RenewAsync(check, first.CaseId, "intruder", taken.LockVersion, Now.AddMinutes(40)));
        Assert.False(await locks.RenewAsync(check, first.CaseId, first.Handler, taken.LockVersion - 1, Now.AddMinutes(40)));
    }

    /// <summary>The store as one service node reaches it: on PostgreSQL a connection pool of its own, named after the node.</summary>
    private static StoreOptions NodeOptions(StoreOptions store, string node) => store.Provider == StoreProvider.PostgreSql
        ? new StoreOptions
        {
            Provider = store.Provider,
            Path = store.Path,
            ConnectionString = new Npgsql.NpgsqlConnectionStringBuilder(store.ConnectionString) { ApplicationName = node }.ToString(),
        }
        : store;

    /// <summary>The store's force, set up (code DEMO) the first time it is asked for.</summary>
    private static int ForceOf(SatisfactionDbContext db)
    {
        if (db.Forces.Select(f => (int?)f.Id).FirstOrDefault() is { } id)
        {
            return id;
        }

        var force = new Force { Code = "DEMO", Name = "Demo", CreatedAt = Now };
        db.Forces.Add(force);
        db.SaveChanges();
        return force.Id;
    }

    private static (int ForceId, List<long> NumberIds) SeedNumbers(SatisfactionDbContext db, int count)
    {
        var forceId = ForceOf(db);
        var bank = new NumberBank { ForceId = forceId, AreaCode = "01632", Prefix = "9600", ListedCount = 7 };
        var replicate = new RddReplicate { ForceId = forceId, Month = new DateOnly(2026, 12, 1), Number = 1, ReleasedAt = Now, Seed = 7, Size = count };
        db.AddRange(bank, replicate);
        db.SaveChanges();
        var numbers = Enumerable.Range(0, count)
            .Select(i => new RddNumber { PhoneE164 = $"+4416329600{i:00}", NumberBankId = bank.Id, RddReplicateId = replicate.Id, Status = RddNumberStatus.InProgress })
            .ToList();
        db.RddNumbers.AddRange(numbers);
        db.SaveChanges();
        return (forceId, numbers.Select(n => n.Id).ToList());
    }
}
