using Satisfaction.Application.Import;
using Satisfaction.Core;
using Satisfaction.Core.Crimes;

namespace Satisfaction.Application.Tests.Import;

/// <summary>What the reader refuses or accepts beyond the basic format: field counts, header case, control characters, incident categories.</summary>
public sealed class CrimeCsvReaderHardeningTests
{
    private const string Header = "crime_ref,recorded_at,offence_code,incident_type,division,victim_id,victim_type,victim_age,phone,location_id,flags";

    [Fact]
    public void ReadRows_MoreFieldsThanTheHeader_IsAnErrorNotDroppedFields()
    {
        // An unquoted comma in the flags splits them: the second flag would have been silently dropped.
        var (rows, reader) = Read(Header, "CR1,2026-07-01,28A,crime,EAST,V1,person,34,,L1,hate,vulnerable");

        Assert.Empty(rows);
        var error = Assert.Single(reader.Errors.Kept);
        Assert.Equal((2L, (string?)null), (error.Line, error.Column));
        Assert.Equal("the row has 12 fields; the header has 11 (a value holding a comma must be in double quotes)", error.Reason);
    }

    [Fact]
    public void ReadHeader_NamesInAnyCase_AreMatched()
    {
        var (rows, reader) = Read(Header.ToUpperInvariant().Replace("VICTIM_AGE", "Victim_Age", StringComparison.Ordinal), "CR1,2026-07-01,28A,crime,EAST,V1,person,34,,L1,hate");

        Assert.Empty(reader.Errors.Kept);
        Assert.Empty(reader.IgnoredColumns);
        var row = Assert.Single(rows);
        Assert.Equal(("CR1", 34, CrimeFlags.Hate), (row.CrimeRef, row.VictimAge, row.Flags));
    }

    [Fact]
    public void ReadHeader_SameNameInTwoCases_IsADuplicate()
    {
        using var reader = new CrimeCsvReader(new StringReader(Header + ",Crime_Ref\n"), "x.csv");

        var ex = Assert.Throws<InvalidInputException>(reader.ReadHeader);

        Assert.Equal("x.csv:1: column 'Crime_Ref': the column appears twice in the header", ex.Message);
    }

    [Fact]
    public void ReadHeader_SemicolonSeparated_ShowsWhatItHeldAndAsks()
    {
        using var reader = new CrimeCsvReader(new StringReader(Header.Replace(',', ';') + "\n"), "x.csv");

        var ex = Assert.Throws<InvalidInputException>(reader.ReadHeader);

        Assert.Equal(
            "x.csv:1: the header has none of the expected columns (crime_ref, recorded_at, offence_code, incident_type, ...); " +
            $"it holds: {Header.Replace(',', ';')}; is the file semicolon-separated? Save it comma-separated (CSV).",
            ex.Message);
    }

    [Fact]
    public void ReadHeader_UnrelatedColumns_ShowsWhatItHeld()
    {
        using var reader = new CrimeCsvReader(new StringReader("name,address,postcode\n"), "x.csv");

        var ex = Assert.Throws<InvalidInputException>(reader.ReadHeader);

        Assert.EndsWith("it holds: name,address,postcode; is it a recorded-crime extract with a header row?", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CR\u001b[31m1,2026-07-01,28A,crime,EAST,V1,person,34,,L1,", "crime_ref", "control character U+001B (ESC, starts a terminal escape sequence) at character 3 of the value")]
    [InlineData("CR1,2026-07-01,28A,crime,EAST,V\u00071,person,34,,L1,", "victim_id", "control character U+0007 (BEL) at character 2 of the value")]
    [InlineData("CR1,2026-07-01,28A,crime,EAST,V1,person,34,,L1\u202e,", "location_id", "control character U+202E (a bidirectional text control) at character 3 of the value")]
    [InlineData("\"CR\n1\",2026-07-01,28A,crime,EAST,V1,person,34,,L1,", "crime_ref", "control character U+000A (LF, a line break) at character 3 of the value")]
    [InlineData("CR1,2026-07-01,28A,crime,EAST,V1,person,34,,L1,\"hate\tvulnerable\"", "flags", "control character U+0009 (TAB) at character 5 of the value")]
    [InlineData("CR1,2026-07-01,28A,crime,EAST,V1,person,34,,L1,\u009b31m", "flags", "control character U+009B (CSI, starts a terminal escape sequence) at character 1 of the value")]
    public void ReadRows_ControlCharacter_IsRefusedWithLineColumnAndPosition(string row, string column, string reason)
    {
        var (rows, reader) = Read(Header, row);

        Assert.Empty(rows);
        var error = Assert.Single(reader.Errors.Kept);
        Assert.Equal((2L, column), (error.Line, error.Column));
        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRows_ControlCharacterInAnIgnoredColumn_IsNotStoredSoNotChecked()
    {
        var (rows, reader) = Read(Header + ",notes", "CR1,2026-07-01,28A,crime,EAST,V1,person,34,,L1,,\"line one\nline\ttwo\"");

        Assert.Empty(reader.Errors.Kept);
        Assert.Equal("CR1", Assert.Single(rows).CrimeRef);
    }

    [Theory]
    [InlineData("asb", "ASB")]
    [InlineData("asb", "ASB-PERSONAL")]
    [InlineData("asb", "Asb-Nuisance")]
    [InlineData("asb", "")]
    [InlineData("hate_incident", "NCHI")]
    [InlineData("hate_incident", "")]
    public void ReadRows_IncidentOffenceCode_IsTheForcesCategoryKeptAsGiven(string incidentType, string code)
    {
        var (rows, reader) = Read(Header, $"CR1,2026-07-01,{code},{incidentType},EAST,V1,person,34,,L1,");

        Assert.Empty(reader.Errors.Kept);
        Assert.Equal(code, Assert.Single(rows).OffenceCode);
    }

    [Fact]
    public void ReadRows_CrimeOffenceCode_MustStillBeAHomeOfficeCode()
    {
        var (rows, reader) = Read(Header, "CR1,2026-07-01,ASB-PERSONAL,crime,EAST,V1,person,34,,L1,", "CR2,2026-07-01,asb-personal-nuisance,asb,EAST,V2,person,34,,L1,");

        Assert.Empty(rows);
        Assert.Equal(
            [
                (2L, "offence_code", "'ASB-PERSONAL' is not a Home Office offence code (digits, optional letters, optional /digits, e.g. 28A, 37/2)"),
                (3L, "offence_code", "'asb-personal-nuisance' is longer than 16 characters"),
            ],
            reader.Errors.Kept.Select(e => (e.Line, e.Column, e.Reason)));
    }

    [Fact]
    public void ReadRows_UnknownIncidentType_IsReportedAloneNotAlsoItsCategory()
    {
        var (rows, reader) = Read(Header, "CR1,2026-07-01,ASB-PERSONAL,anti_social,EAST,V1,person,34,,L1,");

        Assert.Empty(rows);
        Assert.Equal("incident_type", Assert.Single(reader.Errors.Kept).Column);
    }

    private static (List<CrimeCsvRow> Rows, CrimeCsvReader Reader) Read(string header, params string[] rows)
    {
        var reader = new CrimeCsvReader(new StringReader(string.Join('\n', [header, .. rows]) + "\n"), "x.csv");
        return (reader.ReadRows().ToList(), reader);
    }
}
