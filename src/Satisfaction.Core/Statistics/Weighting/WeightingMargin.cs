namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>
/// One categorical weighting variable with its known population totals: the level code of every design
/// row and the population total of every level (a raking margin, a post-stratification variable or one
/// factor of a calibration model).
/// </summary>
/// <param name="Name">Variable name, used in messages (e.g. <c>age_band</c>).</param>
/// <param name="Codes">One level code per design row, 0 .. <c>Totals.Count - 1</c>, in row order.</param>
/// <param name="Totals">Population total of each level (persons, &gt;= 0); level 0 is the reference level in calibration.</param>
/// <param name="LevelNames">Optional level labels (same order as <paramref name="Totals"/>) for messages and reports.</param>
public sealed record WeightingMargin(
    string Name,
    IReadOnlyList<int> Codes,
    IReadOnlyList<double> Totals,
    IReadOnlyList<string>? LevelNames = null)
{
    /// <summary>Number of levels (length of <see cref="Totals"/>).</summary>
    public int LevelCount => Totals.Count;

    /// <summary>Sum of the population totals of every level.</summary>
    public double PopulationTotal
    {
        get
        {
            var sum = 0.0;
            for (var l = 0; l < Totals.Count; l++)
            {
                sum += Totals[l];
            }

            return sum;
        }
    }

    /// <summary>The label of a level, or its code as text when no labels were given.</summary>
    /// <param name="level">Level code, 0 .. <see cref="LevelCount"/> - 1.</param>
    public string LevelName(int level) =>
        LevelNames is not null && level >= 0 && level < LevelNames.Count
            ? LevelNames[level]
            : level.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
