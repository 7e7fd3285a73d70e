using Satisfaction.Core.Contact;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Sampling;

namespace Satisfaction.Core.Tests.Sampling;

public sealed class ProgrammeParserTests
{
    private const string Minimal = """
        id: test
        user_groups:
          - id: burglary
            questionnaire: uss-burglary
            incident_types: [crime]
            offence_codes: ["28a", " 29 "]
        """;

    [Fact]
    public void Parse_ShippedUss_HasFourGroupsHateFirstAndDefaults()
    {
        var p = Records.Load("uss");

        Assert.Equal("uss", p.Id);
        Assert.Equal(["hate", "burglary", "vehicle", "violent"], p.UserGroups.Select(g => g.Id));
        Assert.Equal(["uss-hate", "uss-burglary", "uss-vehicle", "uss-violent"], p.UserGroups.Select(g => g.Questionnaire));
        Assert.Equal(new FieldworkWindow(42, 84), p.Window);
        Assert.Equal(16, p.MinimumAge);
        Assert.Equal(12, p.RepeatContactMonths);
        Assert.Equal(AllocationMethod.TargetPrecision, p.Allocation.Method);
        Assert.Equal(SelectionMethod.SimpleRandom, p.Selection);
        Assert.Equal(10, p.Exclusions.Count);
        Assert.True(p.UserGroups[1].OffenceCodes.SetEquals(["28", "28A", "28B", "28C", "28D", "29"]));
        Assert.True(p.UserGroups[2].OffenceCodes.SetEquals(["37/2", "45", "48", "126"]));
        Assert.True(p.UserGroups[3].OffenceCodes.SetEquals(["5", "5A", "5B", "5C", "5D", "5E", "8N", "105A", "105B", "34B"]));
        Assert.Equal(CrimeFlags.Hate, p.UserGroups[0].RequiredFlags);
    }

    [Fact]
    public void Parse_ShippedAsb_TakesAsbIncidents()
    {
        var p = Records.Load("asb");

        var group = Assert.Single(p.UserGroups);
        Assert.Equal("asb", group.Questionnaire);
        Assert.Equal([IncidentType.Asb], group.IncidentTypes);
        Assert.Empty(group.OffenceCodes);
    }

    [Fact]
    public void Parse_Minimal_NormalisesCodesAndAppliesDefaults()
    {
        var p = ProgrammeParser.Parse(Minimal, "t.yaml");

        Assert.True(p.UserGroups[0].OffenceCodes.SetEquals(["28A", "29"]));
        Assert.Equal(FieldworkWindow.Default, p.Window);
        Assert.DoesNotContain(ReasonCodes.Vulnerable, p.Exclusions);
        Assert.Equal(ReasonCodes.OrganisationVictim, p.Exclusions[0]);
    }

    [Fact]
    public void Parse_Channels_ShippedProgrammesTextFirstAndDefaultIsTelephoneOnly()
    {
        Assert.Equal([ContactChannel.Sms, ContactChannel.Phone], Records.Load("uss").Channels);
        Assert.True(Records.Load("asb").UsesSms);
        Assert.True(Records.Load("asb").RingsBackNonResponders);
        var minimal = ProgrammeParser.Parse(Minimal, "t.yaml");
        Assert.Equal([ContactChannel.Phone], minimal.Channels);
        Assert.False(minimal.UsesSms);
        var ex = Assert.Throws<InvalidInputException>(() => ProgrammeParser.Parse(Minimal + "\nchannels: [sms, fax]\n", "t.yaml"));
        Assert.Contains("'fax' is not a channel", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MinimumAge18AndDaysWindow_Read()
    {
        var p = ProgrammeParser.Parse(Minimal + "\nminimum_age: 18\nfieldwork_window:\n  from_days: 40\n  to_days: 90\n", "t.yaml");

        Assert.Equal(18, p.MinimumAge);
        Assert.Equal(new FieldworkWindow(40, 90), p.Window);
    }

    [Theory]
    [InlineData("\ncolour: red\n", "t.yaml:7: column 'colour': unknown key")]
    [InlineData("\nexclusions: [under_age, left_handed]\n", "t.yaml:7: column 'exclusions': 'left_handed' is not an exclusion rule")]
    [InlineData("\nminimum_age: 200\n", "t.yaml:7: column 'minimum_age': '200' is not a whole number from 0 to 120")]
    [InlineData("\nselection: lottery\n", "t.yaml:7: column 'selection': 'lottery' is not a selection method")]
    [InlineData("\nallocation:\n  method: proportional\n", "t.yaml:8: column 'sample_size'")]
    [InlineData("\nallocation:\n  method: census\n  response_rate: 1.5\n", "t.yaml:9: column 'response_rate': '1.5' is not a number in (0, 1]")]
    public void Parse_BadValue_ThrowsWithFileLineAndKey(string extra, string expectedStart)
    {
        var ex = Assert.Throws<InvalidInputException>(() => ProgrammeParser.Parse(Minimal + extra, "t.yaml"));

        Assert.StartsWith(expectedStart, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownIncidentType_ThrowsAtItsLine()
    {
        var text = Minimal.Replace("[crime]", "[crime, burglary]", StringComparison.Ordinal);

        var ex = Assert.Throws<InvalidInputException>(() => ProgrammeParser.Parse(text, "t.yaml"));

        Assert.StartsWith("t.yaml:5: column 'incident_types': 'burglary' is not an incident type", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidYaml_ThrowsWithLine()
    {
        var ex = Assert.Throws<InvalidInputException>(() => ProgrammeParser.Parse("id: x\nuser_groups: [a\n  b: c\n", "bad.yaml"));

        Assert.StartsWith("bad.yaml:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not valid YAML", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateGroup_Throws()
    {
        var text = Minimal + "\n  - id: burglary\n    questionnaire: q\n    incident_types: [crime]\n";

        var ex = Assert.Throws<InvalidInputException>(() => ProgrammeParser.Parse(text, "t.yaml"));

        Assert.Contains("defined twice", ex.Message, StringComparison.Ordinal);
    }
}
