using System.Globalization;
using Microsoft.Extensions.Options;
using Satisfaction.Application.Exports;
using Satisfaction.Application.Questionnaires;
using Satisfaction.Application.Scores;
using Satisfaction.Application.Statistics;

namespace Satisfaction.Application.Tests.Scores;

/// <summary>
/// The responses export cell by cell on a hand-made store: one draw, one stratum of 4 eligible records with 3 sampled
/// (design weight 4/3), and four interviews whose status, period, weight and answers were worked out by hand.
/// </summary>
public sealed class ExportContentsTests
{
    private const string Key = "test-key-0123456789-0123456789-0123456789";

    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public async Task Responses_rows_hold_the_hand_checked_values(string format)
    {
        using var store = new FieldworkStore();
        var draw = store.AddDraw(new DateOnly(2025, 3, 1));
        var cases = store.AddStratum(draw, "burglary", "EAST", eligible: 4, sampled: 3);
        var (a, b, c) = (cases[0], cases[1], cases[2]);

        // A: complete, in-year. B: broken off with one measure answered, previous 12 months. C: a partial without a
        // measure answer (not counted), then a complete interview dated after the as-of date (not counted).
        var i1 = store.AddInterview(a, new DateOnly(2026, 3, 10), true,
            ("ease_of_contact", "1"), ("police_actions", "2"), ("follow_up", "3"), ("treatment", "7"), ("whole_experience", "8"), ("crime_number", "1"));
        var i2 = store.AddInterview(b, new DateOnly(2025, 6, 1), false, ("whole_experience", "3"));
        var i3 = store.AddInterview(c, new DateOnly(2026, 1, 5), false, ("officers_attended", "2"));
        var i4 = store.AddInterview(c, new DateOnly(2026, 12, 2), true, ("ease_of_contact", "07"), ("treatment", "10"), ("kept_informed", "12"));

        var path = Path.Combine(store.Folder, "responses." + format);
        var service = new ExportService(store.Open(), new QuestionnaireLibrary(), Options.Create(new ExportOptions { PseudonymKey = Key }),
            Options.Create(new ScoreOptions { QuestionnairesPath = FieldworkStore.QuestionnairesFolder }));
        var result = await service.ExportAsync(new ExportRequest("responses", format, path, FieldworkStore.AsOf), CancellationToken.None);
        Assert.Equal(4, result.Rows);
        var table = format == "csv" ? CsvTable.Read(path) : await ParquetAsCsvAsync(path, result.Columns, store.Folder);

        using var pseudonyms = new Pseudonyms(Key);
        var dw = (4.0 / 3.0).ToString("R", CultureInfo.InvariantCulture);
        var drawText = draw.ToString(CultureInfo.InvariantCulture);
        string?[][] expected =
        [
            [pseudonyms.Of("case:" + a), "uss", "burglary", "EAST", "burglary/EAST", drawText, "2026-03-10", "sms", "complete", "in_year", dw],
            [pseudonyms.Of("case:" + b), "uss", "burglary", "EAST", "burglary/EAST", drawText, "2025-06-01", "sms", "partial", "previous_12m", dw],
            [pseudonyms.Of("case:" + c), "uss", "burglary", "EAST", "burglary/EAST", drawText, "2026-01-05", "sms", "not_counted", "in_year", dw],
            [pseudonyms.Of("case:" + c), "uss", "burglary", "EAST", "burglary/EAST", drawText, "2026-12-02", "sms", "not_counted", "", dw],
        ];
        string[] fixedColumns = ["case_id", "programme", "user_group", "division", "stratum", "draw_id", "interview_date", "mode", "status", "period", "design_weight"];
        Assert.Equal(ExportService.ResponseColumns.Select(col => col.Name), table.Headers.Take(ExportService.ResponseColumns.Count));
        for (var row = 0; row < expected.Length; row++)
        {
            for (var col = 0; col < fixedColumns.Length; col++)
            {
                Assert.True(expected[row][col] == table.Cell(row, table.ColumnIndex(fixedColumns[col])), $"row {row + 1} {fixedColumns[col]}: '{table.Cell(row, table.ColumnIndex(fixedColumns[col]))}', expected '{expected[row][col]}'");
            }
        }

        // Two respondents (A, B) of the three sampled: weight = 4/3 x (3 x 4/3) / (2 x 4/3) = 2; the others empty.
        var weights = table.Strings("weight");
        Assert.Equal(2.0, double.Parse(weights[0], CultureInfo.InvariantCulture), 12);
        Assert.Equal(2.0, double.Parse(weights[1], CultureInfo.InvariantCulture), 12);
        Assert.Equal(string.Empty, weights[2]);
        Assert.Equal(string.Empty, weights[3]);

        // Answers by question id (codes as stored, also unusual ones), every other question column empty.
        var answers = new Dictionary<(int Row, string Question), string>
        {
            [(0, "ease_of_contact")] = "1", [(0, "police_actions")] = "2", [(0, "follow_up")] = "3", [(0, "treatment")] = "7", [(0, "whole_experience")] = "8", [(0, "crime_number")] = "1",
            [(1, "whole_experience")] = "3",
            [(2, "officers_attended")] = "2",
            [(3, "ease_of_contact")] = "07", [(3, "treatment")] = "10", [(3, "kept_informed")] = "12",
        };
        var questionColumns = table.Headers.Skip(ExportService.ResponseColumns.Count).ToList();
        Assert.Contains("whole_experience", questionColumns);
        for (var row = 0; row < 4; row++)
        {
            foreach (var question in questionColumns)
            {
                Assert.Equal(answers.GetValueOrDefault((row, question), string.Empty), table.Cell(row, table.ColumnIndex(question)));
            }
        }

        Assert.True(i1 < i2 && i2 < i3 && i3 < i4);
    }

    /// <summary>The Parquet file's string cells as a CSV table (numbers through the CSV writer's invariant form).</summary>
    private static async Task<CsvTable> ParquetAsCsvAsync(string path, IReadOnlyList<ExportColumn> columns, string folder)
    {
        await using var reader = await Parquet.ParquetReader.CreateAsync(path);
        var data = new List<string?[]>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var fields = reader.Schema.GetDataFields();
            var cells = new string?[fields.Length][];
            for (var f = 0; f < fields.Length; f++)
            {
                var count = (int)group.RowCount;
                if (fields[f].ClrType == typeof(double))
                {
                    var numbers = new double?[count];
                    await group.ReadAsync<double>(fields[f], numbers.AsMemory(), null, CancellationToken.None);
                    cells[f] = [.. numbers.Select(d => d?.ToString("R", CultureInfo.InvariantCulture))];
                }
                else
                {
                    var text = new string?[count];
                    await group.ReadAsync(fields[f], text.AsMemory(), null, CancellationToken.None);
                    cells[f] = text;
                }
            }

            for (var r = 0; r < group.RowCount; r++)
            {
                data.Add([.. cells.Select(c => c[r])]);
            }
        }

        var csv = Path.Combine(folder, "from-parquet.csv");
        await File.WriteAllLinesAsync(csv, new[] { string.Join(',', columns.Select(c => c.Name)) }.Concat(data.Select(r => string.Join(',', r.Select(v => v is null ? string.Empty : v.Contains(',', StringComparison.Ordinal) ? "\"" + v + "\"" : v)))));
        return CsvTable.Read(csv);
    }
}
