using System.Text.Json;
using Satisfaction.Core.Statistics;

namespace Satisfaction.Application.Statistics;

/// <summary>
/// The JSON fields every analyst output writes the same way: a number that is undefined (NaN, infinite or absent) is
/// written as null, never as a string or an error; intervals as <c>"ci": {"method": [lower, upper] | null}</c>.
/// </summary>
public static class JsonFields
{
    /// <summary>Writes <paramref name="value"/>, or null when it is not a finite number.</summary>
    public static void Number(Utf8JsonWriter json, string name, double value)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>Writes <paramref name="value"/>, or null when it is absent or not a finite number.</summary>
    public static void Number(Utf8JsonWriter json, string name, double? value) => Number(json, name, value ?? double.NaN);

    /// <summary>Writes the <c>ci</c> object: each method's <c>[lower, upper]</c>, or null where the interval is undefined.</summary>
    public static void WriteCi(Utf8JsonWriter json, IReadOnlyList<KeyValuePair<string, CiBounds>> ci)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(ci);
        json.WriteStartObject("ci");
        foreach (var (name, bounds) in ci)
        {
            if (!bounds.IsDefined)
            {
                json.WriteNull(name);
                continue;
            }

            json.WriteStartArray(name);
            json.WriteNumberValue(bounds.Lower);
            json.WriteNumberValue(bounds.Upper);
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
