using Satisfaction.Core.Crimes;

namespace Satisfaction.Core.Tests.Crimes;

public sealed class EnumCodesTests
{
    [Theory]
    [InlineData(IncidentType.Crime, "crime")]
    [InlineData(IncidentType.HateIncident, "hate_incident")]
    [InlineData(IncidentType.Asb, "asb")]
    public void ToCode_IncidentType_IsTheCsvCode(IncidentType type, string code)
    {
        Assert.Equal(code, EnumCodes.ToCode(type));
        Assert.True(EnumCodes.TryParse<IncidentType>(code, out var parsed));
        Assert.Equal(type, parsed);
    }

    [Fact]
    public void TryParse_DifferentCaseAndSpaces_Parses()
    {
        Assert.True(EnumCodes.TryParse<VictimType>("  Organisation ", out var type));
        Assert.Equal(VictimType.Organisation, type);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("business")]
    [InlineData("Person1")]
    public void TryParse_UnknownCode_ReturnsFalse(string? code) =>
        Assert.False(EnumCodes.TryParse<VictimType>(code, out _));

    [Fact]
    public void Parse_UnknownCode_ThrowsInvalidInputListingTheCodes()
    {
        var ex = Assert.Throws<InvalidInputException>(() => EnumCodes.Parse<IncidentType>("burglary"));
        Assert.Equal("'burglary' is not a valid IncidentType; expected one of: crime, hate_incident, asb.", ex.Message);
    }

    [Fact]
    public void ToCode_CombinedFlags_ThrowsArgumentOutOfRange() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EnumCodes.ToCode(CrimeFlags.Hate | CrimeFlags.Suspect));

    [Fact]
    public void Codes_CrimeFlags_AreTheExtractNames() =>
        Assert.Equal(
            ["none", "domestic_abuse", "sexual_offence", "hate", "police_victim_on_duty", "deceased", "do_not_contact", "suspect", "vulnerable", "repeat_victim"],
            EnumCodes.Codes<CrimeFlags>());
}
