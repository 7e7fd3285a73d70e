using System.Globalization;
using Satisfaction.Application.Scores;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Tests.Scores;

public sealed class RddScoresTests
{
    [Fact]
    public async Task Rdd_respondents_are_raked_per_period_to_the_margins_and_scored_on_confidence()
    {
        using var store = new FieldworkStore();
        var numbers = new List<long>();
        using (var db = store.Open())
        {
            var east = db.Divisions.Single(d => d.Code == "EAST").Id;
            var bank = new NumberBank { ForceId = db.Forces.Single().Id, AreaCode = "01632", Prefix = "9600", ListedCount = 10, DivisionId = east };
            db.NumberBanks.Add(bank);
            var replicates = new[] { new DateOnly(2025, 6, 1), new DateOnly(2026, 6, 1) }
                .Select((m, i) => new RddReplicate { ForceId = bank.ForceId, Month = m, Number = 1, ReleasedAt = DateTimeOffset.UnixEpoch, Seed = i, Size = 40 }).ToList();
            db.RddReplicates.AddRange(replicates);
            db.SaveChanges();
            for (var i = 0; i < 80; i++)
            {
                var n = new RddNumber { PhoneE164 = "+441632960" + i.ToString("D3", CultureInfo.InvariantCulture), NumberBankId = bank.Id, RddReplicateId = replicates[i / 40].Id, Status = RddNumberStatus.Completed };
                db.RddNumbers.Add(n);
                db.SaveChanges();
                numbers.Add(n.Id);
            }
        }

        for (var i = 0; i < 80; i++)
        {
            var date = i < 40 ? new DateOnly(2025, 6, 20) : new DateOnly(2026, 6, 20);
            var sex = i % 3 == 0 ? "2" : i % 7 == 0 ? "10" : "1"; // 10 = prefer not to say: counted in the largest level
            store.AddInterview(null, numbers[i], "rdd-confidence", date, true,
                ("adults", (1 + (i % 3)).ToString(CultureInfo.InvariantCulture)), ("sex", sex), ("confidence", (1 + (i % 5)).ToString(CultureInfo.InvariantCulture)));
        }

        var margins = Path.Combine(store.Folder, "margins.csv");
        File.WriteAllText(margins, "variable,level,total\nsex,1,5000\nsex,2,5200\n");
        var service = store.Service(margins);
        var rows = (await service.RespondentsAsync(FieldworkStore.AsOf, CancellationToken.None))["rdd_confidence"];
        foreach (var period in new[] { ScorePeriods.InYear, ScorePeriods.Previous })
        {
            var own = rows.Where(r => r.Period == period).ToList();
            Assert.Equal(40, own.Count);
            // "10" (prefer not to say) is counted in the largest level, 2.
            Assert.Equal(5200, own.Where(r => r.Record.Answers["sex"] is "2" or "10").Sum(r => r.Weight), 6);
            Assert.Equal(5000, own.Where(r => r.Record.Answers["sex"] == "1").Sum(r => r.Weight), 6);
        }

        var result = await service.RunAsync(new ScoreRequest(FieldworkStore.AsOf, "rdd_confidence"), CancellationToken.None);
        var confidence = result.Estimates.Single(e => e.Period == ScorePeriods.InYear && e.Estimate.By is null && e.Estimate.Measure == "confidence").Estimate;
        Assert.Equal(40, confidence.N);
        Assert.Contains("raked per period to population margins (sex)", confidence.Method, StringComparison.Ordinal);
        Assert.Contains(result.Changes, c => c.InYear.Estimate.Measure == "confidence" && c.InYear.Estimate.By is null);
        Assert.Contains(result.Estimates, e => e.Estimate.By == "division" && e.Estimate.Domain == "EAST");

        var unraked = await store.Service().RunAsync(new ScoreRequest(FieldworkStore.AsOf, "rdd_confidence"), CancellationToken.None);
        Assert.Contains(unraked.Warnings, w => w.Contains("not raked", StringComparison.Ordinal));
    }
}
