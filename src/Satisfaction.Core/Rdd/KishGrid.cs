using Satisfaction.Core.Randomness;

namespace Satisfaction.Core.Rdd;

/// <summary>
/// Kish's (1949) selection grid. Adults are listed men first, oldest to youngest, then women, oldest to
/// youngest; the table assigned to the number says which position to interview for the household size.
/// </summary>
/// <remarks>
/// Position selected (households of 1, 2, 3, 4, 5, 6 or more adults):
/// A 1 1 1 1 1 1; B1 1 1 1 1 2 2; B2 1 1 1 2 2 2; C 1 1 2 2 3 3; D 1 2 2 3 4 4; E1 1 2 3 3 3 5;
/// E2 1 2 3 4 5 5; F 1 2 3 4 5 6. With the tables used in the proportions 1/6 (A, C, D, F) and 1/12
/// (B1, B2, E1, E2), every adult has probability 1/n for n = 1 to 4 and 6; with 5 adults positions 3
/// and 5 have 1/4 and the others 1/6; beyond 6, positions 7+ are never chosen. The probability recorded is
/// the exact one, so weights stay right.
/// </remarks>
public static class KishGrid
{
    private static readonly int[][] Positions =
    [
        [1, 1, 1, 1, 1, 1], // A
        [1, 1, 1, 1, 2, 2], // B1
        [1, 1, 1, 2, 2, 2], // B2
        [1, 1, 2, 2, 3, 3], // C
        [1, 2, 2, 3, 4, 4], // D
        [1, 2, 3, 3, 3, 5], // E1
        [1, 2, 3, 4, 5, 5], // E2
        [1, 2, 3, 4, 5, 6], // F
    ];

    // A block of 12 in the tables' proportions: assigning shuffled blocks keeps the shares exact.
    private static readonly KishTable[] Block =
    [
        KishTable.A, KishTable.A, KishTable.B1, KishTable.B2, KishTable.C, KishTable.C,
        KishTable.D, KishTable.D, KishTable.E1, KishTable.E2, KishTable.F, KishTable.F,
    ];

    /// <summary>The share of numbers a table is assigned to: 1/6 for A, C, D, F and 1/12 for B1, B2, E1, E2.</summary>
    public static double Share(KishTable table) => table is KishTable.B1 or KishTable.B2 or KishTable.E1 or KishTable.E2 ? 1.0 / 12 : 1.0 / 6;

    /// <summary>The 1-based Kish-order position a table selects in a household of <paramref name="adults"/> (1 or more).</summary>
    public static int SelectedPosition(KishTable table, int adults)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(adults);
        return Positions[(int)table][Math.Min(adults, 6) - 1];
    }

    /// <summary>Probability that the adult at 1-based <paramref name="position"/> is selected in a household of <paramref name="adults"/>.</summary>
    public static double SelectionProbability(int adults, int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(adults);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, adults);
        return Enum.GetValues<KishTable>().Where(t => SelectedPosition(t, adults) == position).Sum(Share);
    }

    /// <summary>
    /// Assigns a table to each of <paramref name="count"/> numbers in shuffled blocks of 12, so every
    /// complete block holds the tables in their exact proportions.
    /// </summary>
    public static IReadOnlyList<KishTable> AssignTables(int count, SeededRandom random)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(random);
        var tables = new List<KishTable>(count);
        var block = new KishTable[Block.Length];
        while (tables.Count < count)
        {
            Block.CopyTo(block, 0);
            random.Shuffle(block.AsSpan());
            tables.AddRange(block.Take(count - tables.Count));
        }

        return tables;
    }

    /// <summary>Lists the roster in Kish order: 0-based roster indices, men oldest first, then women, then others.</summary>
    public static IReadOnlyList<int> KishOrder(IReadOnlyList<KishRosterMember> roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return Enumerable.Range(0, roster.Count)
            .OrderBy(i => roster[i].Sex)
            .ThenByDescending(i => roster[i].Age)
            .ThenBy(i => i)
            .ToList();
    }

    /// <summary>Selects the adult to interview.</summary>
    /// <param name="roster">The household's adults, in any order; at least one.</param>
    /// <param name="table">The table assigned to the number.</param>
    public static HouseholdSelection Select(IReadOnlyList<KishRosterMember> roster, KishTable table)
    {
        ArgumentNullException.ThrowIfNull(roster);
        if (roster.Count == 0)
        {
            throw new ArgumentException("A household has at least one adult.", nameof(roster));
        }

        var position = SelectedPosition(table, roster.Count);
        var index = KishOrder(roster)[position - 1];
        return new HouseholdSelection(index, roster.Count, SelectionProbability(roster.Count, position), HouseholdSelectionMethod.KishGrid);
    }
}
