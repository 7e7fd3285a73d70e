using System.Globalization;
using Satisfaction.Core.Crimes;

namespace Satisfaction.Demo.Synthetic;

/// <summary>
/// Writes records in the recorded-crime extract format that <c>satisfaction import crimes</c> reads:
/// a header row, then one row per record, UK local times without offset.
/// </summary>
public static class DemoCrimeCsv
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "crime_ref", "recorded_at", "offence_code", "incident_type", "division", "victim_id",
        "victim_type", "victim_age", "victim_dob", "phone", "location_id", "flags",
    ];

    /// <summary>Writes the header and every record to <paramref name="writer"/> (LF line ends, RFC 4180 quoting).</summary>
    public static void Write(TextWriter writer, IEnumerable<DemoCrimeRecord> records)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(records);
        writer.Write(string.Join(',', Columns));
        writer.Write('\n');
        foreach (var r in records)
        {
            string?[] fields =
            [
                r.CrimeRef,
                r.RecordedAt.DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
                r.OffenceCode,
                EnumCodes.ToCode(r.IncidentType),
                r.Division,
                r.VictimId,
                EnumCodes.ToCode(r.VictimType),
                r.VictimAge?.ToString(CultureInfo.InvariantCulture),
                r.VictimDateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.PhoneAsGiven,
                r.LocationId,
                CrimeFlagsText.Format(r.Flags),
            ];
            writer.Write(string.Join(',', fields.Select(Quote)));
            writer.Write('\n');
        }
    }

    private static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
