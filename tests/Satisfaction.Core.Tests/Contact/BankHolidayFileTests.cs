using Satisfaction.Core.Contact;

namespace Satisfaction.Core.Tests.Contact;

public sealed class BankHolidayFileTests
{
    private const string Header = "format: satisfaction-bank-holidays/1\nchanges:\n";

    [Fact]
    public void Parse_ValidEntries_ReadsThemInOrder()
    {
        var changes = Parse(Header
            + "  - { date: 2020-05-04, change: removed, name: \"Early May (moved)\" }\n"
            + "  - date: 2020-05-08\n    change: added\n    name: VE Day\n");

        Assert.Equal(
            [
                new BankHolidayChange(new DateOnly(2020, 5, 4), BankHolidayChangeKind.Removed, "Early May (moved)"),
                new BankHolidayChange(new DateOnly(2020, 5, 8), BankHolidayChangeKind.Added, "VE Day"),
            ],
            changes);
    }

    [Fact]
    public void Parse_EmptyList_NoChanges() => Assert.Empty(Parse(Header.Replace("changes:\n", "changes: []\n")));

    [Theory]
    [InlineData("  - { date: 2022-6-3, change: added, name: x }", "days.yaml:3:13: date '2022-6-3' is not a date yyyy-MM-dd")]
    [InlineData("  - { date: 2022-06-03, change: moved, name: x }", "days.yaml:3:33: change 'moved' is not 'added' or 'removed'")]
    [InlineData("  - { date: 2022-06-03, change: added }", "days.yaml:3:5: missing or empty 'name'")]
    [InlineData("  - { date: 2022-06-03, change: added, name: x, region: wales }", "days.yaml:3:49: unknown key 'region' in a change; allowed: date, change, name")]
    [InlineData("  - { date: 2027-05-04, change: removed, name: x }", "days.yaml:3:13: 2027-05-04 (Tuesday) is not a bank holiday by the rules, so it cannot be removed")]
    [InlineData("  - { date: 2027-05-03, change: added, name: x }", "days.yaml:3:13: 2027-05-03 is already a bank holiday by the rules (Early May bank holiday)")]
    [InlineData("  - { date: 1977-06-07, change: added, name: Silver Jubilee }", "days.yaml:3:13: 1977-06-07 is before 1978")]
    [InlineData("  - 2022-06-03", "days.yaml:3:5: each change must be a mapping")]
    public void Parse_BadEntry_SaysFileLineColumnAndWhy(string entry, string expected)
    {
        var error = Assert.Throws<InvalidInputException>(() => Parse(Header + entry + "\n"));

        Assert.StartsWith(expected, error.Message);
    }

    [Fact]
    public void Parse_DuplicateDate_NamesBothLines()
    {
        var error = Assert.Throws<InvalidInputException>(() => Parse(Header
            + "  - { date: 2022-06-03, change: added, name: a }\n"
            + "  - { date: 2022-06-03, change: added, name: b }\n"));

        Assert.Equal("days.yaml:4:5: 2022-06-03 is listed twice (first at line 3)", error.Message);
    }

    [Fact]
    public void Parse_SeveralProblems_ListsEveryOne()
    {
        var error = Assert.Throws<InvalidInputException>(() => Parse(
            "format: satisfaction-bank-holidays/2\nchanges:\n  - { date: x, change: added, name: a }\n  - { date: 2022-06-03, change: gone, name: b }\n"));

        var lines = error.Message.Split(Environment.NewLine);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("days.yaml:1:9: expected 'format: satisfaction-bank-holidays/1'", lines[0]);
        Assert.StartsWith("days.yaml:3:13:", lines[1]);
        Assert.StartsWith("days.yaml:4:33:", lines[2]);
    }

    [Fact]
    public void Parse_YamlSyntaxError_SaysWhere()
    {
        var error = Assert.Throws<InvalidInputException>(() => Parse(Header + "  - { date: 2022-06-03, change: added\n"));

        Assert.Matches(@"^days\.yaml:\d+:\d+: YAML syntax error", error.Message);
    }

    [Fact]
    public void Parse_MissingChanges_Reported()
    {
        var error = Assert.Throws<InvalidInputException>(() => Parse("format: satisfaction-bank-holidays/1\n"));

        Assert.Contains("missing key 'changes'", error.Message);
    }

    [Fact]
    public void Shipped_HasTheKnownOneOffDays()
    {
        var changes = BankHolidayFile.Shipped();

        Assert.Contains(changes, c => c.Date == new DateOnly(2022, 6, 3) && c.Kind == BankHolidayChangeKind.Added);
        Assert.Contains(changes, c => c.Date == new DateOnly(2023, 5, 8) && c.Kind == BankHolidayChangeKind.Added);
        Assert.Contains(changes, c => c.Date == new DateOnly(2022, 9, 19) && c.Kind == BankHolidayChangeKind.Added);
        Assert.Contains(changes, c => c.Date == new DateOnly(2020, 5, 4) && c.Kind == BankHolidayChangeKind.Removed);
        Assert.Contains(changes, c => c.Date == new DateOnly(2020, 5, 8) && c.Kind == BankHolidayChangeKind.Added);
    }

    private static IReadOnlyList<BankHolidayChange> Parse(string text) => BankHolidayFile.Parse(new StringReader(text), "days.yaml");
}
