using Satisfaction.Data;
using System.Globalization;
using System.Text;
using Satisfaction.Application.Scores;
using Satisfaction.Application.Statistics;
using Satisfaction.Core.Statistics;

namespace Satisfaction.Application.Tests.Scores;

public sealed class ScoresServiceTests
{
    public static TheoryData<StoreProvider> Providers => Satisfaction.Tests.Stores.TestProviders.All;

    private static readonly DateOnly AsOf = FieldworkStore.AsOf;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Hand_computed_stratum_weights_and_standard_error(StoreProvider provider)
    {
        using var store = new FieldworkStore(provider);
        var draw = store.AddDraw(new DateOnly(2026, 5, 1));
        // 10 eligible, 5 sampled (design weight 2); the fifth is out of scope (4.x) and leaves the class.
        var cases = store.AddStratum(draw, "burglary", "EAST", eligible: 10, sampled: 5, dispositions: [null, null, null, null, "4.1"]);
        store.AddInterview(cases[0], new DateOnly(2026, 6, 1), true, FieldworkStore.Five(1));
        store.AddInterview(cases[1], new DateOnly(2026, 6, 1), true, FieldworkStore.Five(5));
        store.AddInterview(cases[2], new DateOnly(2026, 6, 1), false, ("crime_type_check", "1")); // broken off before any measure: not a respondent

        var service = store.Service();
        var result = await service.RunAsync(new ScoreRequest(AsOf, "uss"), CancellationToken.None);
        var force = result.Estimates.Single(e => e.Period == ScorePeriods.InYear && e.Estimate.By is null && e.Estimate.Measure == "whole_experience").Estimate;

        Assert.Equal(2, force.N);
        Assert.Equal(1, force.NYes);
        // class total 4 x 2 = 8 (the 4.1 case left out), respondents 2 x 2 = 4: factor 2, weights 4 each.
        Assert.Equal(8.0, force.SumWeights, 12);
        Assert.Equal(0.5, force.Proportion, 12);
        // (1 - 2/10) x 2/(2-1) x sum z^2, z = w (y - p) / W = +-0.25: variance 0.2.
        Assert.Equal(Math.Sqrt(0.2), force.Se, 12);
        Assert.Contains("nonresponse adjustment within draw x stratum", force.Method, StringComparison.Ordinal);
        Assert.Contains("fpc", force.Method, StringComparison.Ordinal);
        var previous = result.Estimates.Single(e => e.Period == ScorePeriods.Previous && e.Estimate.By is null && e.Estimate.Measure == "whole_experience");
        Assert.Equal(0, previous.Estimate.N);
        Assert.Empty(result.Changes);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Period_edges_are_inclusive_and_later_interviews_are_left_out(StoreProvider provider)
    {
        using var store = new FieldworkStore(provider);
        var draw = store.AddDraw(new DateOnly(2024, 10, 1));
        var cases = store.AddStratum(draw, "burglary", "EAST", eligible: 20, sampled: 10);
        DateOnly[] dates = [new(2026, 11, 30), new(2025, 12, 1), new(2025, 11, 30), new(2024, 12, 1), new(2024, 11, 30), new(2026, 12, 1)];
        for (var i = 0; i < dates.Length; i++)
        {
            store.AddInterview(cases[i], dates[i], true, FieldworkStore.Five(1 + (i % 2 * 4)));
        }

        var result = await store.Service().RunAsync(new ScoreRequest(AsOf, "uss"), CancellationToken.None);
        var inYear = result.Estimates.Single(e => e.Period == ScorePeriods.InYear && e.Estimate.By is null && e.Estimate.Measure == "whole_experience");
        var previous = result.Estimates.Single(e => e.Period == ScorePeriods.Previous && e.Estimate.By is null && e.Estimate.Measure == "whole_experience");
        Assert.Equal(2, inYear.Estimate.N); // 2026-11-30 and 2025-12-01
        Assert.Equal(2, previous.Estimate.N); // 2025-11-30 and 2024-12-01
        Assert.Equal((new DateOnly(2025, 12, 1), new DateOnly(2026, 11, 30)), (inYear.PeriodStart, inYear.PeriodEnd));
        Assert.Equal((new DateOnly(2024, 12, 1), new DateOnly(2025, 11, 30)), (previous.PeriodStart, previous.PeriodEnd));
        Assert.Equal(new DateOnly(2027, 3, 1), new ScorePeriods(new DateOnly(2028, 2, 29)).InYearStart);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_figure_and_change_equals_the_engine_run_on_the_same_rows(StoreProvider provider)
    {
        using var store = new FieldworkStore(provider);
        store.SeedTwoYears(seed: 7);
        var service = store.Service();
        var result = await service.RunAsync(new ScoreRequest(AsOf, "uss"), CancellationToken.None);
        var rows = (await service.RespondentsAsync(AsOf, CancellationToken.None))["uss"];
        var csv = WriteRows(store.Folder, rows);
        var engine = new SurveyEstimates();
        var design = new DesignSettings { Strata = "stratum", Fpc = ["fpc"], Weights = "weight", LonelyPsu = LonelyPsuPolicy.Adjust };

        var checkedFigures = 0;
        foreach (var column in new[] { "period", "period_user_group", "period_division" })
        {
            var blocks = engine.Estimate(new EstimateRequest
            {
                Data = DataFile.Named(csv), Design = design, Measures = ["whole_experience", "treatment"], By = [column],
            }).Blocks.Where(b => b.Domain is not null).ToList();
            foreach (var b in blocks)
            {
                var parts = b.Domain!.Split('/');
                var by = column == "period" ? null : column["period_".Length..];
                var domain = column == "period" ? null : parts[1];
                var mine = result.Estimates.Single(e => e.Period == parts[0] && e.Estimate.Measure == b.Measure && e.Estimate.By == by && e.Estimate.Domain == domain).Estimate;
                Assert.Equal(b.N, mine.N);
                Assert.Equal(b.NYes, mine.NYes);
                Assert.Equal(b.Proportion, mine.Proportion, 12);
                Assert.Equal(b.Se, mine.Se, 12);
                Assert.Equal(b.Ci[0].Value.Lower, mine.Ci[0].Value.Lower, 10);
                Assert.Equal(b.Ci[0].Value.Upper, mine.Ci[0].Value.Upper, 10);
                checkedFigures++;
            }
        }

        Assert.Equal(2 * (2 + (2 * 2) + (2 * 2)), checkedFigures); // 2 measures x (2 periods + 2 groups x 2 + 2 divisions x 2)
        var compare = engine.Compare(new CompareRequest
        {
            Data = DataFile.Named(csv), Design = design, Measure = "whole_experience", Period = "period", A = ScorePeriods.InYear, B = ScorePeriods.Previous,
        });
        var change = result.Changes.Single(c => c.InYear.Estimate.Measure == "whole_experience" && c.InYear.Estimate.By is null);
        Assert.Equal(compare.Difference.Difference, change.Difference.Difference, 12);
        Assert.Equal(compare.Difference.SeDifference, change.Difference.SeDifference, 12);
        Assert.Equal(compare.Difference.SvyglmPValue, change.Difference.SvyglmPValue, 12);
        Assert.Equal(compare.Difference.IsSignificant(0.95), change.Significant);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bases_count_valid_answers_only_and_weights_add_up_to_the_eligible_population(StoreProvider provider)
    {
        using var store = new FieldworkStore(provider);
        store.SeedTwoYears(seed: 11);
        var service = store.Service();
        var rows = (await service.RespondentsAsync(AsOf, CancellationToken.None))["uss"];
        var result = await service.RunAsync(new ScoreRequest(AsOf, "uss"), CancellationToken.None);
        foreach (var period in new[] { ScorePeriods.InYear, ScorePeriods.Previous })
        {
            var own = rows.Where(r => r.Period == period).ToList();
            var valid = own.Count(r => int.TryParse(r.Record.Answers.GetValueOrDefault("whole_experience"), CultureInfo.InvariantCulture, out var c) && c is >= 1 and <= 7);
            var figure = result.Estimates.Single(e => e.Period == period && e.Estimate.By is null && e.Estimate.Measure == "whole_experience").Estimate;
            Assert.Equal(valid, figure.N);
            Assert.True(own.Count > valid, "the seed gives some don't-know answers");
        }

        // Per draw x stratum the final weights of all respondents (any period) add up to the eligible cases' design weights.
        var byClass = rows.GroupBy(r => r.DesignStratum).ToList();
        Assert.All(byClass, g => Assert.Equal(g.First().Fpc!.Value, g.Sum(r => r.Weight), 9));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Json_has_the_estimate_keys_plus_programme_and_period(StoreProvider provider)
    {
        using var store = new FieldworkStore(provider);
        store.SeedTwoYears(seed: 3);
        var result = await store.Service().RunAsync(new ScoreRequest(AsOf, "uss", ScoreBreakdown.Division), CancellationToken.None);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ScoresOutput.WriteJson(writer, result);
        using var json = System.Text.Json.JsonDocument.Parse(writer.ToString());
        var first = json.RootElement[0];
        foreach (var key in new[] { "measure", "by", "domain", "n", "n_yes", "proportion", "se", "ci", "ci_level", "method", "programme", "period", "period_start", "period_end" })
        {
            Assert.True(first.TryGetProperty(key, out _), key);
        }

        Assert.Equal(System.Text.Json.JsonValueKind.Null, first.GetProperty("domain").ValueKind);
        Assert.Contains(json.RootElement.EnumerateArray(), e => e.GetProperty("period").GetString() == "change" && e.GetProperty("significant").ValueKind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False);
        Assert.DoesNotContain(json.RootElement.EnumerateArray(), e => e.GetProperty("by").GetString() == "user_group");
    }

    private static string WriteRows(string folder, IReadOnlyList<ScoreRespondent> rows)
    {
        var path = Path.Combine(folder, "rows.csv");
        var text = new StringBuilder("stratum,fpc,weight,period,period_user_group,period_division,whole_experience,treatment\n");
        foreach (var r in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"{r.DesignStratum},{r.Fpc!.Value.ToString("R", CultureInfo.InvariantCulture)},{r.Weight.ToString("R", CultureInfo.InvariantCulture)},{r.Period},{r.Period}/{r.Record.UserGroup},{r.Period}/{r.Record.Division},")
                .Append(r.Record.Answers.GetValueOrDefault("whole_experience") ?? "NA").Append(',')
                .Append(r.Record.Answers.GetValueOrDefault("treatment") ?? "NA").Append('\n');
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }
}
