using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Satisfaction.Data.Tests;

/// <summary>Number banks became a force's: banks stored before the upgrade are kept and given to a force.</summary>
public sealed class NumberBankMigrationTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Upgrade_BanksStoredBeforeForces_GoToTheStoresForceAndStayActive(bool withForce)
    {
        using var store = new TempStore();
        await using (var db = SatisfactionDb.CreateContext(new StoreOptions { Path = store.Path }))
        {
            var migrations = db.Database.GetMigrations().ToList();
            var previous = migrations[migrations.FindIndex(m => m.EndsWith("_AddForceNumberBanks", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(previous);
            if (withForce)
            {
                await db.Database.ExecuteSqlRawAsync("INSERT INTO forces (code, name, time_zone_id, created_at) VALUES ('OLD', 'Old force', 'Europe/London', 0)");
            }

            await db.Database.ExecuteSqlRawAsync("INSERT INTO number_banks (area_code, prefix, listed_count) VALUES ('0113', '49600', 3), ('0113', '49601', 0)");
        }

        await using (var db = SatisfactionDb.Open(store.Path))
        {
            var force = await db.Forces.SingleAsync();
            Assert.Equal(withForce ? "OLD" : "FORCE", force.Code);
            var banks = await db.NumberBanks.OrderBy(b => b.Prefix).ToListAsync();
            Assert.Equal(["49600", "49601"], banks.Select(b => b.Prefix));
            Assert.All(banks, b => Assert.Equal((force.Id, true), (b.ForceId, b.Active)));
        }
    }

    [Fact]
    public async Task Upgrade_EmptyStore_CreatesNoForce()
    {
        using var store = new TempStore();
        await using var db = SatisfactionDb.Open(store.Path);
        Assert.Equal(0, await db.Forces.CountAsync());
    }
}
