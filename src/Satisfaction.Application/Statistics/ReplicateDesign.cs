using System.Globalization;
using Satisfaction.Core;
using Satisfaction.Core.Statistics.Weighting;

namespace Satisfaction.Application.Statistics;

/// <summary>
/// The PSU and stratum codes of <c>stats replicates</c>, checked before any replicate is built: every
/// stratum (the whole sample for jk1 or without strata) needs two PSUs, else the error names the file, the
/// line of the stratum's first row and the column.
/// </summary>
public sealed class ReplicateDesign
{
    private ReplicateDesign(int[] psu, int[] strata, int psuCount, IReadOnlyList<(string Name, int Psus)> psusPerStratum)
    {
        Psu = psu;
        Strata = strata;
        PsuCount = psuCount;
        PsusPerStratum = psusPerStratum;
    }

    /// <summary>PSU code of every row.</summary>
    public int[] Psu { get; }

    /// <summary>Stratum code of every row, or empty (unstratified, or jk1).</summary>
    public int[] Strata { get; }

    /// <summary>Number of PSUs in the design.</summary>
    public int PsuCount { get; }

    /// <summary>Each stratum's name and PSU count, in order of first appearance.</summary>
    public IReadOnlyList<(string Name, int Psus)> PsusPerStratum { get; }

    /// <summary>Reads and checks the design columns.</summary>
    public static ReplicateDesign Read(CsvTable data, string? strataColumn, string? idsColumn, ReplicateMethod method)
    {
        ArgumentNullException.ThrowIfNull(data);
        var n = data.RowCount;
        var psu = idsColumn is null ? Enumerable.Range(0, n).ToArray() : data.Codes(idsColumn, out _);
        string[] levels = ["all"];
        var strata = strataColumn is null || method == ReplicateMethod.Jackknife1 ? new int[n] : data.Codes(strataColumn, out levels);
        var seen = new HashSet<(int, int)>();
        var counts = new int[levels.Length];
        var firstRow = new int[levels.Length];
        Array.Fill(firstRow, -1);
        for (var i = 0; i < n; i++)
        {
            if (firstRow[strata[i]] < 0)
            {
                firstRow[strata[i]] = i;
            }

            if (seen.Add((strata[i], psu[i])))
            {
                counts[strata[i]]++;
            }
        }

        var name = ReplicateMethodNames.Name(method);
        if (n == 0)
        {
            throw new InvalidInputException($"{data.FileName}: no rows; {name} replicates need at least two PSUs.");
        }

        var stratified = strataColumn is not null && method != ReplicateMethod.Jackknife1;
        for (var h = 0; h < levels.Length; h++)
        {
            if (counts[h] >= 2)
            {
                continue;
            }

            var psuText = idsColumn is null ? "one row" : "one PSU";
            var reason = stratified
                ? string.Create(CultureInfo.InvariantCulture,
                    $"stratum '{levels[h]}' has only {psuText}: {name} replicates need at least two PSUs in every stratum (merge it with another stratum, or use --method jk1).")
                : string.Create(CultureInfo.InvariantCulture, $"the sample has only {psuText}: {name} replicates need at least two PSUs.");
            var column = stratified ? strataColumn : idsColumn;
            throw column is null
                ? new InvalidInputException($"{data.FileName}: {reason}")
                : InvalidInputException.At(data.FileName, data.LineOf(firstRow[h]), column, reason);
        }

        var perStratum = levels.Select((level, h) => (level, counts[h])).ToArray();
        return new ReplicateDesign(
            psu,
            stratified ? strata : [],
            seen.Count,
            perStratum);
    }
}
