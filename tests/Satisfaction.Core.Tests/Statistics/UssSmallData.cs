using System.Globalization;
using System.Text.Json;
using Satisfaction.Core.Statistics;

namespace Satisfaction.Core.Tests.Statistics;

/// <summary>The uss_small reference dataset (copied from the shared refs kit) and its R expected values.</summary>
internal sealed class UssSmallData
{
    public static readonly string[] Measures = ["ease_of_contact", "police_actions", "follow_up", "treatment", "whole_experience"];
    public static readonly string[] CrimeGroups = ["burglary", "vehicle", "violent", "hate"];

    private UssSmallData(Dictionary<string, string[]> columns, JsonElement expected)
    {
        Columns = columns;
        Expected = expected;
        RowCount = columns["id"].Length;
    }

    public Dictionary<string, string[]> Columns { get; }

    public JsonElement Expected { get; }

    public int RowCount { get; }

    public static UssSmallData Load()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Data", "refs", "uss_small");
        var lines = File.ReadAllLines(Path.Combine(dir, "respondents.csv"));
        var header = lines[0].Split(',').Select(h => h.Trim('"')).ToArray();
        var cells = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',').Select(c => c.Trim('"')).ToArray()).ToArray();
        var columns = new Dictionary<string, string[]>();
        for (var j = 0; j < header.Length; j++)
        {
            columns[header[j]] = cells.Select(r => r[j]).ToArray();
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected.json")));
        return new UssSmallData(columns, doc.RootElement.Clone());
    }

    public double[] Numbers(string column) =>
        Columns[column].Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();

    public int[] Codes(string column)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        return Columns[column].Select(v => map.TryGetValue(v, out var c) ? c : map[v] = map.Count).ToArray();
    }

    public bool[] Is(string column, string value) => Columns[column].Select(v => v == value).ToArray();

    public SurveyDesign Design() => SurveyDesign.Create(new SurveyDesignInput
    {
        Strata = Codes("stratum"),
        Fpc = Numbers("N_h"),
    });
}
