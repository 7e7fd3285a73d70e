using System.Globalization;
using System.Text.Json;

namespace Satisfaction.Cli.Tests.Stats;

/// <summary>
/// Comparisons of the stats commands' JSON with R survey 4.1-1 reference blocks (tests/refs, written by the R
/// scripts under tools/r). When the environment variable SATISFACTION_ACCURACY_LOG names a file, every
/// comparison appends "what,expected,actual,abs,rel" to it, so the accuracy against R can be measured over a run.
/// </summary>
internal static class RefAssert
{
    private static readonly string? Log = Environment.GetEnvironmentVariable("SATISFACTION_ACCURACY_LOG");
    private static readonly Lock LogLock = new();

    /// <summary>The reference folder as copied beside the test assembly.</summary>
    public static readonly string Refs = Path.Combine(AppContext.BaseDirectory, "Data", "refs");

    /// <summary>Parses a reference JSON file under <see cref="Refs"/>.</summary>
    public static JsonElement Json(params string[] path) => JsonDocument.Parse(File.ReadAllText(Path.Combine([Refs, .. path]))).RootElement;

    /// <summary>The block of a domain value in an estimate array.</summary>
    public static JsonElement Domain(IEnumerable<JsonElement> blocks, string value) =>
        blocks.Single(b => b.GetProperty("domain").ValueKind == JsonValueKind.String && b.GetProperty("domain").GetString() == value);

    /// <summary>A numeric_block of R (estimate, se, degf, deff, confint normal and t, n, sum of weights) against ours.</summary>
    public static void Numeric(JsonElement r, JsonElement ours, string what, bool checkN, double tolerance = 1e-9)
    {
        Close(r.GetProperty("estimate").GetDouble(), ours.GetProperty("estimate").GetDouble(), tolerance, what + " estimate");
        Close(r.GetProperty("se").GetDouble(), ours.GetProperty("se").GetDouble(), tolerance, what + " se");
        Assert.Equal(r.GetProperty("degf").GetInt32(), ours.GetProperty("degf").GetInt32());
        if (r.GetProperty("deff").ValueKind == JsonValueKind.Number)
        {
            Close(r.GetProperty("deff").GetDouble(), ours.GetProperty("deff").GetDouble(), tolerance, what + " deff");
        }

        for (var k = 0; k < 2; k++)
        {
            Close(r.GetProperty("ci")[k].GetDouble(), ours.GetProperty("ci").GetProperty("normal")[k].GetDouble(), tolerance, what + " confint");
            Close(r.GetProperty("ci_t")[k].GetDouble(), ours.GetProperty("ci").GetProperty("t")[k].GetDouble(), tolerance, what + " confint t");
        }

        if (checkN)
        {
            Assert.Equal(r.GetProperty("n").GetInt32(), ours.GetProperty("n").GetInt32());
            Close(r.GetProperty("sum_weights").GetDouble(), ours.GetProperty("sum_weights").GetDouble(), tolerance, what + " sum_weights");
        }
    }

    /// <summary>
    /// An estimate block of R (n, n_yes, degf, proportion, se, deff, every svyciprop interval) against ours:
    /// <paramref name="tolerance"/> for closed forms, 1e-6 for the likelihood interval (iterative in R).
    /// </summary>
    public static void Block(JsonElement r, JsonElement ours, string what, bool skipMissing = false, double tolerance = 1e-9)
    {
        foreach (var key in new[] { "n", "n_yes", "degf" })
        {
            Assert.Equal(r.GetProperty(key).GetInt32(), ours.GetProperty(key).GetInt32());
        }

        foreach (var key in new[] { "sum_weights", "proportion", "se", "deff", "deff_replace" })
        {
            if (r.GetProperty(key).ValueKind == JsonValueKind.Number)
            {
                Close(r.GetProperty(key).GetDouble(), ours.GetProperty(key).GetDouble(), tolerance, $"{what} {key}");
            }
        }

        // At p = 0 or 1 only R's "mean" interval is an interval; the others follow the documented choice.
        var boundary = r.GetProperty("proportion").GetDouble() is 0 or 1;
        foreach (var method in r.GetProperty("ci").EnumerateObject())
        {
            if ((method.Value.ValueKind == JsonValueKind.Null && skipMissing) || (boundary && method.Name != "mean"))
            {
                continue;
            }

            Assert.True(method.Value.ValueKind == JsonValueKind.Array, $"{what}: R has no {method.Name} interval");
            var ci = ours.GetProperty("ci").GetProperty(method.Name);
            Assert.True(ci.ValueKind == JsonValueKind.Array, $"{what}: no {method.Name} interval where R gives one");
            var methodTolerance = method.Name == "likelihood" ? Math.Max(tolerance, 1e-6) : tolerance;
            for (var k = 0; k < 2; k++)
            {
                Close(method.Value[k].GetDouble(), ci[k].GetDouble(), methodTolerance, $"{what} {method.Name}[{k}]");
            }
        }
    }

    /// <summary>Relative difference within <paramref name="tolerance"/> (absolute when R's value is 0).</summary>
    public static void Close(double expected, double actual, double tolerance, string what)
    {
        var abs = Math.Abs(actual - expected);
        var error = expected == 0 ? Math.Abs(actual) : abs / Math.Abs(expected);
        if (Log is not null)
        {
            lock (LogLock)
            {
                File.AppendAllText(Log, string.Create(CultureInfo.InvariantCulture, $"{what.Replace(',', ';')},{expected:R},{actual:R},{abs:R},{error:R}\n"));
            }
        }

        Assert.True(error <= tolerance, string.Create(CultureInfo.InvariantCulture, $"{what}: expected {expected:R}, got {actual:R} (relative {error:G3})"));
    }
}
