using Satisfaction.Core.Crimes;

namespace Satisfaction.Core.Tests.Crimes;

public sealed class CrimeFlagsTextTests
{
    [Fact]
    public void Format_None_IsEmpty() => Assert.Equal(string.Empty, CrimeFlagsText.Format(CrimeFlags.None));

    [Fact]
    public void Format_Combination_ListsNamesInDeclarationOrder() =>
        Assert.Equal("domestic_abuse;hate;repeat_victim", CrimeFlagsText.Format(CrimeFlags.RepeatVictim | CrimeFlags.Hate | CrimeFlags.DomesticAbuse));

    [Theory]
    [InlineData(null, CrimeFlags.None)]
    [InlineData("", CrimeFlags.None)]
    [InlineData("  ", CrimeFlags.None)]
    [InlineData("hate", CrimeFlags.Hate)]
    [InlineData(" Hate ; VULNERABLE;;hate", CrimeFlags.Hate | CrimeFlags.Vulnerable)]
    [InlineData("police_victim_on_duty;do_not_contact", CrimeFlags.PoliceVictimOnDuty | CrimeFlags.DoNotContact)]
    public void TryParse_ValidList_GivesFlags(string? text, CrimeFlags expected)
    {
        Assert.True(CrimeFlagsText.TryParse(text, out var flags, out var unknown));
        Assert.Equal(expected, flags);
        Assert.Null(unknown);
    }

    [Theory]
    [InlineData("hate;violent", "violent")]
    [InlineData("none", "none")]
    [InlineData("hate,suspect", "hate,suspect")]
    public void TryParse_UnknownName_ReportsIt(string text, string bad)
    {
        Assert.False(CrimeFlagsText.TryParse(text, out var flags, out var unknown));
        Assert.Equal(CrimeFlags.None, flags);
        Assert.Equal(bad, unknown);
    }

    [Fact]
    public void Parse_UnknownName_ThrowsInvalidInput()
    {
        var ex = Assert.Throws<InvalidInputException>(() => CrimeFlagsText.Parse("hate;dv"));
        Assert.StartsWith("'dv' is not a known flag; expected one of: domestic_abuse, sexual_offence,", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatThenParse_EveryCombination_RoundTrips()
    {
        for (var bits = 0; bits < 512; bits++)
        {
            var flags = (CrimeFlags)bits;
            Assert.Equal(flags, CrimeFlagsText.Parse(CrimeFlagsText.Format(flags)));
        }
    }
}
