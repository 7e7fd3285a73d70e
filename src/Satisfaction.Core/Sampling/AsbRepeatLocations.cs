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

            list.Sort(static (a, b) =>
            {
                var c = a.ReportDate.CompareTo(b.ReportDate);
                if (c == 0)
                {
                    c = a.RecordedAt.CompareTo(b.RecordedAt);
                }

                return c != 0 ? c : string.CompareOrdinal(a.CrimeRef, b.CrimeRef);
            });
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
}
