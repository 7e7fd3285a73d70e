using Satisfaction.Core.Randomness;
using Satisfaction.Core.Rdd;

namespace Satisfaction.Core.Tests.Rdd;

public sealed class KishGridTests
{
    [Theory]
    [InlineData(KishTable.A, new[] { 1, 1, 1, 1, 1, 1 })]
    [InlineData(KishTable.B1, new[] { 1, 1, 1, 1, 2, 2 })]
    [InlineData(KishTable.B2, new[] { 1, 1, 1, 2, 2, 2 })]
    [InlineData(KishTable.C, new[] { 1, 1, 2, 2, 3, 3 })]
    [InlineData(KishTable.D, new[] { 1, 2, 2, 3, 4, 4 })]
    [InlineData(KishTable.E1, new[] { 1, 2, 3, 3, 3, 5 })]
    [InlineData(KishTable.E2, new[] { 1, 2, 3, 4, 5, 5 })]
    [InlineData(KishTable.F, new[] { 1, 2, 3, 4, 5, 6 })]
    public void SelectedPosition_MatchesKishTables(KishTable table, int[] positions)
    {
        for (var adults = 1; adults <= 6; adults++)
        {
            Assert.Equal(positions[adults - 1], KishGrid.SelectedPosition(table, adults));
        }

        Assert.Equal(positions[5], KishGrid.SelectedPosition(table, 9));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(6)]
    public void SelectionProbability_UpToFourAndSix_IsOneOverAdults(int adults)
    {
        for (var position = 1; position <= adults; position++)
        {
            Assert.Equal(1.0 / adults, KishGrid.SelectionProbability(adults, position), 12);
        }
    }

    [Fact]
    public void SelectionProbability_FiveAdults_IsKishsKnownApproximation()
    {
        double[] expected = [1.0 / 6, 1.0 / 6, 1.0 / 4, 1.0 / 6, 1.0 / 4];
        for (var position = 1; position <= 5; position++)
        {
            Assert.Equal(expected[position - 1], KishGrid.SelectionProbability(5, position), 12);
        }
    }

    [Fact]
    public void Shares_SumToOne() =>
        Assert.Equal(1.0, Enum.GetValues<KishTable>().Sum(KishGrid.Share), 12);

    [Fact]
    public void AssignTables_WholeBlocks_HaveExactProportions()
    {
        var tables = KishGrid.AssignTables(120, new SeededRandom(11));

        var counts = tables.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        foreach (var table in Enum.GetValues<KishTable>())
        {
            Assert.Equal(KishGrid.Share(table) * 120, counts[table], 9);
        }

        Assert.NotEqual(tables.Take(12), tables.Skip(12).Take(12));
    }

    [Fact]
    public void Select_Roster_OrdersMenOldestFirstThenWomen()
    {
        // roster: woman 40, man 30, woman 70, man 65
        KishRosterMember[] roster = [new(AdultSex.Female, 40), new(AdultSex.Male, 30), new(AdultSex.Female, 70), new(AdultSex.Male, 65)];

        Assert.Equal([3, 1, 2, 0], KishGrid.KishOrder(roster));
        var selection = KishGrid.Select(roster, KishTable.D); // 4 adults, table D -> position 3 -> woman 70

        Assert.Equal(2, selection.SelectedIndex);
        Assert.Equal(0.25, selection.SelectionProbability, 12);
        Assert.Equal(4.0, selection.Weight, 12);
        Assert.Equal(HouseholdSelectionMethod.KishGrid, selection.Method);
    }
}
