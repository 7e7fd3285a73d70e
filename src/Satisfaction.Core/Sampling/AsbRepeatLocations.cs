using Satisfaction.Core.Crimes;

namespace Satisfaction.Core.Sampling;

/// <summary>
/// ASB repeat locations: an ASB incident is a repeat when it is the 5th or later ASB incident from the same
/// location in the rolling 180 days ending on its report date (report dates d-179 to d inclusive, in report
/// order, ties by recorded time then crime ref). Records without a location id are never repeats.
/// </summary>
public static class AsbRepeatLocations
{
    /// <summary>Incidents needed in the period for a repeat (the 5th or more).</summary>
    public const int Threshold = 5;

    /// <summary>Length of the rolling period in days.</summary>
    public const int PeriodDays = 180;

    /// <summary>The crime refs of ASB incidents that are repeat-location incidents (ordinal comparer).</summary>
    public static IReadOnlySet<string> Find(IEnumerable<IncidentRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var byLocation = new Dictionary<string, List<IncidentRecord>>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            if (r.IncidentType != IncidentType.Asb || string.IsNullOrEmpty(r.LocationId))
            {
                continue;
            }

            if (!byLocation.TryGetValue(r.LocationId, out var list))
            {
                byLocation[r.LocationId] = list = [];
            }

            list.Add(r);
        }

        var repeats = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in byLocation.Values)
        {
            if (list.Count < Threshold)
            {
                continue;
            }

            list.Sort(CompareInReportOrder);
            var start = 0;
            for (var i = 0; i < list.Count; i++)
            {
                var earliest = list[i].ReportDate.AddDays(-(PeriodDays - 1));
                while (list[start].ReportDate < earliest)
                {
                    start++;
                }

                if (i - start + 1 >= Threshold)
                {
                    repeats.Add(list[i].CrimeRef);
                }
            }
        }

        return repeats;
    }

    /// <summary>
    /// How many ASB incidents from the location of <paramref name="record"/> fall in the rolling period ending on
    /// its report date, up to and including it in report order (so the record is a repeat when this is at least
    /// <see cref="Threshold"/>). 0 when <paramref name="record"/> is not an ASB incident or has no location id.
    /// <paramref name="records"/> may or may not contain <paramref name="record"/> (matched by crime ref); it is counted once.
    /// </summary>
    public static int CountInPeriod(IEnumerable<IncidentRecord> records, IncidentRecord record)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(record);
        if (record.IncidentType != IncidentType.Asb || string.IsNullOrEmpty(record.LocationId))
        {
            return 0;
        }

        var earliest = record.ReportDate.AddDays(-(PeriodDays - 1));
        var count = 1;
        foreach (var r in records)
        {
            if (r.IncidentType == IncidentType.Asb
                && string.Equals(r.LocationId, record.LocationId, StringComparison.Ordinal)
                && !string.Equals(r.CrimeRef, record.CrimeRef, StringComparison.Ordinal)
                && r.ReportDate >= earliest
                && CompareInReportOrder(r, record) < 0)
            {
                count++;
            }
        }

        return count;
    }

    private static int CompareInReportOrder(IncidentRecord a, IncidentRecord b)
    {
        var c = a.ReportDate.CompareTo(b.ReportDate);
        if (c == 0)
        {
            c = a.RecordedAt.CompareTo(b.RecordedAt);
        }

        return c != 0 ? c : string.CompareOrdinal(a.CrimeRef, b.CrimeRef);
    }
}
