using Satisfaction.Data;
using Microsoft.Extensions.Options;
using Parquet;
using Satisfaction.Application.Exports;
using Satisfaction.Application.Questionnaires;
using Satisfaction.Application.Scores;
using Satisfaction.Application.Statistics;
using Satisfaction.Core;

namespace Satisfaction.Application.Tests.Scores;

public sealed class ExportServiceTests
{
    public static TheoryData<StoreProvider> Providers => Satisfaction.Tests.Stores.TestProviders.All;

    private const string Key = "test-key-0123456789-0123456789-0123456789";

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Responses_have_one_row_per_interview_the_scores_weight_and_no_personal_data(StoreProvider provider)
    {
        using var store = new FieldworkStore(provider);
        store.SeedTwoYears(seed: 5);
        var path = Path.Combine(store.Folder, "responses.csv");
        var result = await Service(store).ExportAsync(new ExportRequest("responses", "csv", path, FieldworkStore.AsOf), CancellationToken.None);

        using var db = store.Open();
        Assert.Equal(db.Interviews.Count(), result.Rows);
        var table = CsvTable.Read(path);
        Assert.Equal(db.Interviews.Count(), table.RowCount);
        foreach (var column in new[] { "case_id", "programme", "user_group", "division", "stratum", "draw_id", "interview_date", "mode", "design_weight", "weight", "whole_experience" })
        {
            Assert.True(table.HasColumn(column), column);
        }

        var text = File.ReadAllText(path);
        Assert.DoesNotContain("CR0", text, StringComparison.Ordinal); // crime references
        Assert.DoesNotContain("+44", text, StringComparison.Ordinal);
        Assert.DoesNotContain("VCR", text, StringComparison.Ordinal); // victim ids
        Assert.All(table.Strings("case_id"), id => Assert.Matches("^[0-9a-f]{32}$", id));

        // The weight column is the weight scores uses.
        var respondents = (await store.Service().RespondentsAsync(FieldworkStore.AsOf, CancellationToken.None))["uss"];
        var weights = table.Strings("weight");
        using var pseudonyms = new Pseudonyms(Key);
        var ids = table.Strings("case_id");
        foreach (var r in respondents)
        {
            var row = Array.IndexOf(ids, pseudonyms.Of(r.Record.CaseKey));
            Assert.Equal(r.Weight, double.Parse(weights[row], System.Globalization.CultureInfo.InvariantCulture), 9);
        }

        Assert.True(File.Exists(Path.Combine(store.Folder, "responses.dictionary.csv")));
        var dictionary = CsvTable.Read(result.DictionaryPath);
        Assert.Equal(table.Headers, dictionary.Strings("column"));
        Assert.Contains("1 = Completely satisfied", File.ReadAllText(result.DictionaryPath), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Cases_and_attempts_match_the_store_and_parquet_holds_the_same_rows(StoreProvider provider)
    {
        using var store = new FieldworkStore(provider);
        store.SeedTwoYears(seed: 9);
        var service = Service(store);
        var cases = await service.ExportAsync(new ExportRequest("cases", "csv", Path.Combine(store.Folder, "cases.csv"), FieldworkStore.AsOf), CancellationToken.None);
        var attempts = await service.ExportAsync(new ExportRequest("attempts", "csv", Path.Combine(store.Folder, "attempts.csv"), FieldworkStore.AsOf), CancellationToken.None);
        var parquet = await service.ExportAsync(new ExportRequest("responses", "parquet", Path.Combine(store.Folder, "responses.parquet"), FieldworkStore.AsOf), CancellationToken.None);
        using var db = store.Open();
        Assert.Equal(db.SampledCases.Count() + db.RddNumbers.Count(), cases.Rows);
        Assert.Equal(db.ContactAttempts.Count(), attempts.Rows);
        Assert.Equal(cases.Rows, CsvTable.Read(Path.Combine(store.Folder, "cases.csv")).RowCount);

        await using var reader = await ParquetReader.CreateAsync(Path.Combine(store.Folder, "responses.parquet"));
        long rows = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            rows += group.RowCount;
        }

        Assert.Equal(db.Interviews.Count(), rows);
        Assert.Equal(parquet.Rows, rows);
        Assert.Contains(reader.Schema.GetDataFields(), f => f.Name == "weight");
        Assert.DoesNotContain(reader.Schema.GetDataFields(), f => f.Name is "phone" or "name" or "crime_ref" or "victim_id");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Export_is_refused_without_a_pseudonym_key_and_writes_nothing(StoreProvider provider)
    {
        using var store = new FieldworkStore(provider);
        var path = Path.Combine(store.Folder, "responses.csv");
        var service = new ExportService(store.Open(), new QuestionnaireLibrary(), Options.Create(new ExportOptions()), Options.Create(new ScoreOptions { QuestionnairesPath = FieldworkStore.QuestionnairesFolder }));
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => service.ExportAsync(new ExportRequest("responses", "csv", path, FieldworkStore.AsOf), CancellationToken.None));
        Assert.Contains("Export:PseudonymKey", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    private static ExportService Service(FieldworkStore store) =>
        new(store.Open(), new QuestionnaireLibrary(), Options.Create(new ExportOptions { PseudonymKey = Key }), Options.Create(new ScoreOptions { QuestionnairesPath = FieldworkStore.QuestionnairesFolder }));
}
