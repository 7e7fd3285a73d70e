using Satisfaction.Application.Import;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Phones;
using Satisfaction.Core.Time;
using Satisfaction.Core;

namespace Satisfaction.Application.Tests.Import;

public sealed class CrimeCsvReaderTests
{
    private const string Header = "crime_ref,recorded_at,offence_code,incident_type,division,victim_id,victim_type,victim_age,phone,location_id,flags";

    [Fact]
    public void ReadRows_GoodFile_ParsesEveryColumn()
    {
        var rows = Read(
            Header,
            "CR1,2026-07-01T14:30,28a,crime,east,V1,person,34,0113 496 0123,L1,hate; vulnerable",
            "CR2,2026-01-15,,asb,WEST,V2,organisation,,,,",
            "CR3,2026-03-02 08:00:00,37/2,crime,SOUTH,V3,person,70,+44 7700 900123,L3,",
            out var reader);

        Assert.Empty(reader.Errors.Kept);
        Assert.Equal(3, rows.Count);
        var first = rows[0];
        Assert.Equal(2, first.Line);
        Assert.Equal("CR1", first.CrimeRef);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 13, 30, 0, TimeSpan.Zero), first.RecordedAt); // BST
        Assert.Equal(new DateOnly(2026, 7, 1), first.RecordedDate);
        Assert.Equal("28A", first.OffenceCode);
        Assert.Equal("EAST", first.Division);
        Assert.Equal(34, first.VictimAge);
        Assert.Equal("+441134960123", first.Phone.E164);
        Assert.Equal(CrimeFlags.Hate | CrimeFlags.Vulnerable, first.Flags);
        Assert.Equal(IncidentType.Asb, rows[1].IncidentType);
        Assert.Equal(VictimType.Organisation, rows[1].VictimType);
        Assert.Equal(PhoneStatus.Empty, rows[1].Phone.Status);
        Assert.Null(rows[1].LocationId);
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero), rows[1].RecordedAt); // GMT
        Assert.Equal("+447700900123", rows[2].Phone.E164);
    }

    [Fact]
    public void ReadRows_BadRows_CollectsEveryErrorWithLineAndColumnAndYieldsOnlyGoodRows()
    {
        var rows = Read(
            Header,
            "CR1,2026-07-01,28A,crime,EAST,V1,person,34,,L1,",
            "CR2,2026-13-01,28A,crime,EAST,V2,person,34,,L1,",
            "CR3,2026-07-01,28A,burglary,EAST,V3,person,34,,L1,",
            "CR1,2026-07-01,28A,crime,EAST,V4,person,34,,L1,",
            "CR5,2026-07-01,28A,crime,EAST,V5,person,200,,L1,sad",
            "CR6,2026-07-01,,crime,EAST,V6,alien,34,,L1,",
            "CR7,2026-07-01,28A,crime,EAST,V7,person,34,not a phone,L1,",
            out var reader);

        Assert.Equal(["CR1", "CR7"], rows.Select(r => r.CrimeRef));
        Assert.Equal(PhoneStatus.Unusable, rows[1].Phone.Status);
        var errors = reader.Errors.Kept.Select(e => (e.Line, e.Column)).ToList();
        Assert.Equal(
            [
                (3L, "recorded_at"), (4L, "incident_type"), (5L, "crime_ref"), (6L, "victim_age"), (6L, "flags"),
                (7L, "offence_code"), (7L, "victim_type"),
            ],
            errors);
        Assert.Contains("'sad' is not a known flag", reader.Errors.Kept.Single(e => e.Column == "flags").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRows_ManyBadRows_KeepsTheLimitAndCountsTheRest()
    {
        var lines = new List<string> { Header };
        lines.AddRange(Enumerable.Range(1, 130).Select(i => $"CR{i},yesterday,28A,crime,EAST,V{i},person,34,,L1,"));
        using var reader = new CrimeCsvReader(new StringReader(string.Join('\n', lines)), "x.csv");

        Assert.Empty(reader.ReadRows().ToList());

        Assert.Equal(130, reader.Errors.Count);
        Assert.Equal(100, reader.Errors.Kept.Count);
        var formatted = reader.Errors.Format("x.csv");
        Assert.Equal("x.csv:2: column 'recorded_at': 'yesterday' is not an ISO 8601 date or date-time (e.g. 2026-10-25 or 2026-10-25T14:30)", formatted[0]);
        Assert.Equal("... and 30 more", formatted[^1]);
    }

    [Fact]
    public void ReadHeader_MissingColumns_NamesThemAll()
    {
        using var reader = new CrimeCsvReader(new StringReader("crime_ref,recorded_at,division\n"), "x.csv");

        var ex = Assert.Throws<InvalidInputException>(reader.ReadHeader);

        Assert.Contains("offence_code", ex.Message, StringComparison.Ordinal);
        Assert.Contains("flags", ex.Message, StringComparison.Ordinal);
        Assert.Contains("victim_age (or victim_dob)", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("x.csv:1:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadHeader_ExtraColumns_AreListedAsIgnored()
    {
        Read(Header + ",officer,notes", "CR1,2026-07-01,28A,crime,EAST,V1,person,34,,L1,,PC 1,x", out var reader);

        Assert.Equal(["officer", "notes"], reader.IgnoredColumns);
    }

    [Fact]
    public void ReadRows_MalformedQuotesAndMultiLineFields_ReportPhysicalLines()
    {
        var rows = Read(
            Header,
            "CR1,2026-07-01,28A,crime,EAST,V1,person,34,,\"L\n1\",",
            string.Empty,
            "CR2,2026-07-01,28A,crime,EAST,V2,person,34,,L\"2,",
            "CR3,2026-07-01,28A,crime,EAST,V3,person,x,,L3,",
            out var reader);

        Assert.Equal(["CR1"], rows.Select(r => r.CrimeRef));
        Assert.Equal([5L, 6L], reader.Errors.Kept.Select(e => e.Line));
    }

    [Fact]
    public void ReadRows_DateOfBirth_IsKeptAndCheckedAgainstTheReportDate()
    {
        const string header = "crime_ref,recorded_at,offence_code,incident_type,division,victim_id,victim_type,victim_dob,phone,location_id,flags";
        var rows = Read(
            header,
            "CR1,2026-07-01,28A,crime,EAST,V1,person,2010-07-02,,L1,",
            "CR2,2026-07-01,28A,crime,EAST,V2,person,2027-01-01,,L1,",
            out var reader);

        Assert.Null(Assert.Single(rows).VictimAge);
        Assert.Equal(new DateOnly(2010, 7, 2), rows[0].VictimDateOfBirth);
        Assert.Equal("victim_dob", Assert.Single(reader.Errors.Kept).Column);
    }

    [Theory]
    [InlineData("2026-03-29T00:59", "2026-03-29T00:59:00Z")] // last GMT minute
    [InlineData("2026-03-29T01:30", "2026-03-29T01:30:00Z")] // in the spring gap: read as GMT (02:30 BST)
    [InlineData("2026-03-29T02:00", "2026-03-29T01:00:00Z")] // first BST minute
    [InlineData("2026-10-25T00:30", "2026-10-24T23:30:00Z")] // BST
    [InlineData("2026-10-25T01:30", "2026-10-25T01:30:00Z")] // autumn overlap: later (GMT) occurrence
    [InlineData("2026-10-25T02:00", "2026-10-25T02:00:00Z")] // GMT again
    [InlineData("2026-10-25T01:30:00+00:00", "2026-10-25T01:30:00Z")] // explicit offset wins
    [InlineData("2026-10-25T01:30:00Z", "2026-10-25T01:30:00Z")]
    public void ReadRows_BritishSummerTime_ConvertsToUtc(string local, string expectedUtc)
    {
        var rows = Read(Header, $"CR1,{local},28A,crime,EAST,V1,person,34,,L1,", out var reader);

        Assert.Empty(reader.Errors.Kept);
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(rows).RecordedAt);
        Assert.Equal(TimeSpan.Zero, rows[0].RecordedAt.Offset);
    }

    [Fact]
    public void ReadRows_RejectPolicies_ReportGapAndOverlap()
    {
        var options = new CrimeCsvReaderOptions { SkippedTimes = SkippedLocalTimePolicy.Reject, AmbiguousTimes = AmbiguousLocalTimePolicy.Reject };
        var text = string.Join('\n', Header, "CR1,2026-03-29T01:30,28A,crime,EAST,V1,person,34,,L1,", "CR2,2026-10-25T01:30,28A,crime,EAST,V2,person,34,,L1,");
        using var reader = new CrimeCsvReader(new StringReader(text), "x.csv", options);

        Assert.Empty(reader.ReadRows().ToList());

        Assert.Contains("does not exist", reader.Errors.Kept[0].Reason, StringComparison.Ordinal);
        Assert.Contains("happens twice", reader.Errors.Kept[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRows_EarlierPolicy_TakesTheBstOccurrence()
    {
        var options = new CrimeCsvReaderOptions { AmbiguousTimes = AmbiguousLocalTimePolicy.Earlier };
        using var reader = new CrimeCsvReader(new StringReader(Header + "\nCR1,2026-10-25T01:30,28A,crime,EAST,V1,person,34,,L1,"), "x.csv", options);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), Assert.Single(reader.ReadRows()).RecordedAt);
    }

    private static List<CrimeCsvRow> Read(string header, string row, out CrimeCsvReader reader) => Read(header, [row], out reader);

    private static List<CrimeCsvRow> Read(string header, string row1, string row2, out CrimeCsvReader reader) => Read(header, [row1, row2], out reader);

    private static List<CrimeCsvRow> Read(string header, string row1, string row2, string row3, out CrimeCsvReader reader) => Read(header, [row1, row2, row3], out reader);

    private static List<CrimeCsvRow> Read(string header, string row1, string row2, string row3, string row4, out CrimeCsvReader reader) => Read(header, [row1, row2, row3, row4], out reader);

    private static List<CrimeCsvRow> Read(string header, string r1, string r2, string r3, string r4, string r5, string r6, string r7, out CrimeCsvReader reader) =>
        Read(header, [r1, r2, r3, r4, r5, r6, r7], out reader);

    private static List<CrimeCsvRow> Read(string header, string[] rows, out CrimeCsvReader reader)
    {
        reader = new CrimeCsvReader(new StringReader(string.Join('\n', [header, .. rows]) + "\n"), "x.csv");
        return reader.ReadRows().ToList();
    }
}
