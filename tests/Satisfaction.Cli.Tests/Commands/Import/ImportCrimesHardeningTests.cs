using System.Text;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Data;
using Satisfaction.Data.Entities;
using Satisfaction.Demo.Synthetic;

namespace Satisfaction.Cli.Tests.Commands.Import;

/// <summary><c>import crimes</c> against the extracts a force actually sends: wrong encoding, wrong separator, stray fields, escape sequences.</summary>
public sealed class ImportCrimesHardeningTests : IDisposable
{
    private const string Header = "crime_ref,recorded_at,offence_code,incident_type,division,victim_id,victim_type,victim_age,phone,location_id,flags";
    private readonly CliRun _cli = new();

    public ImportCrimesHardeningTests()
    {
        using var db = SatisfactionDb.Open(Path.Combine(_cli.WorkDir, "store.db"));
        var force = new Force { Code = DemoForce.Code, Name = DemoForce.Name, CreatedAt = DateTimeOffset.UnixEpoch };
        db.Forces.Add(force);
        db.SaveChanges();
        db.Divisions.AddRange(DemoForce.Divisions.Select(d => new Division { ForceId = force.Id, Code = d.Code, Name = d.Name }));
        db.SaveChanges();
    }

    [Fact]
    public async Task Windows1252File_IsRefusedWithLineAndByteOffset_ThenReadWithItsEncoding()
    {
        // Given an "ANSI" export from Windows: 0xA3 is '£' and 0xE9 'é' in Windows-1252, and not UTF-8.
        var text = $"{Header}\nCR1,2026-07-01,28A,crime,EAST,V1,person,34,,L1,\nCR2,2026-07-01,28A,crime,EAST,V2,person,34,,Caf\u00e9 \u00a35,\n";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);
        await File.WriteAllBytesAsync(Path.Combine(_cli.WorkDir, "ansi.csv"), bytes);
        var offset = Array.IndexOf(bytes, (byte)0xE9);

        // When
        var refused = await _cli.RunAsync("import", "crimes", "ansi.csv", "--db", "store.db");
        var read = await _cli.RunAsync("import", "crimes", "ansi.csv", "--db", "store.db", "--encoding", "windows-1252");

        // Then
        Assert.Equal(ExitCodes.UserError, refused.ExitCode);
        Assert.Contains($"error: ansi.csv:3: byte 0xE9 is not valid UTF-8 (byte offset {offset} in the file, byte {offset - text.IndexOf("CR2", StringComparison.Ordinal) + 1} of the line)", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--encoding windows-1252", refused.Error, StringComparison.Ordinal);
        Assert.True(read.ExitCode == ExitCodes.Ok, read.Error);
        Assert.Contains("2 rows: 2 inserted", read.Out, StringComparison.Ordinal);
        using var db = SatisfactionDb.Open(Path.Combine(_cli.WorkDir, "store.db"));
        Assert.Equal("Caf\u00e9 \u00a35", (await db.RecordedCrimes.SingleAsync(c => c.CrimeRef == "CR2")).LocationId);
        Assert.Equal(1, await db.AuditLog.CountAsync()); // the refused run wrote nothing
    }

    [Fact]
    public async Task Utf8File_WithAccents_ImportsUnchangedAndUnknownEncodingIsAnOptionError()
    {
        await WriteAsync("utf8.csv", $"{Header}\nCR1,2026-07-01,28A,crime,EAST,V1,person,34,,Caf\u00e9 \u00a35,\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var imported = await _cli.RunAsync("import", "crimes", "utf8.csv", "--db", "store.db", "--encoding", "UTF-8");
        var unknown = await _cli.RunAsync("import", "crimes", "utf8.csv", "--db", "store.db", "--encoding", "latin1");

        Assert.True(imported.ExitCode == ExitCodes.Ok, imported.Error);
        using var db = SatisfactionDb.Open(Path.Combine(_cli.WorkDir, "store.db"));
        Assert.Equal("Caf\u00e9 \u00a35", (await db.RecordedCrimes.SingleAsync()).LocationId);
        Assert.Equal(ExitCodes.UserError, unknown.ExitCode);
        Assert.Contains("--encoding 'latin1' is not one of: utf-8, windows-1252.", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RowWithMoreFieldsThanTheHeader_IsAnError()
    {
        await WriteAsync("extra.csv", $"{Header}\nCR1,2026-07-01,28A,crime,EAST,V1,person,34,,L1,hate,vulnerable\n");

        var result = await _cli.RunAsync("import", "crimes", "extra.csv", "--db", "store.db");

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("extra.csv:2: the row has 12 fields; the header has 11 (a value holding a comma must be in double quotes)", result.Error, StringComparison.Ordinal);
        Assert.Contains("1 bad row(s) in extra.csv; nothing was imported.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeaderInCapitals_IsMatched()
    {
        await WriteAsync("caps.csv", $"{Header.ToUpperInvariant()}\nCR1,2026-07-01,28A,crime,EAST,V1,person,34,,L1,hate\n");

        var result = await _cli.RunAsync("import", "crimes", "caps.csv", "--db", "store.db");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        Assert.Contains("1 rows: 1 inserted", result.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public async Task SemicolonSeparatedFile_ShowsItsHeaderAndAsks()
    {
        await WriteAsync("semi.csv", "crime_ref;recorded_at;offence_code\nCR1;2026-07-01;28A\n");

        var result = await _cli.RunAsync("import", "crimes", "semi.csv", "--db", "store.db");

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Equal(
            "error: semi.csv:1: the header has none of the expected columns (crime_ref, recorded_at, offence_code, incident_type, ...); " +
            "it holds: crime_ref;recorded_at;offence_code; is the file semicolon-separated? Save it comma-separated (CSV).",
            result.Error.Trim());
    }

    [Fact]
    public async Task AnsiEscapeInACrimeReference_IsRefusedWithLineAndColumn_AndNeverReachesTheTerminal()
    {
        await WriteAsync("ansi-escape.csv", $"{Header}\nCR\u001b[31m1,2026-07-01,28A,crime,EAST,V1,person,34,,L1,\nCR2,2026-07-01,28A,crime,E\u001b[2JAST,V2,person,34,,L1,\n");

        var result = await _cli.RunAsync("import", "crimes", "ansi-escape.csv", "--db", "store.db");

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains(
            "ansi-escape.csv:2: column 'crime_ref': control character U+001B (ESC, starts a terminal escape sequence) at character 3 of the value",
            result.Error, StringComparison.Ordinal);
        Assert.Contains("ansi-escape.csv:3: column 'division': control character U+001B", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Out + result.Error);
        using var db = SatisfactionDb.Open(Path.Combine(_cli.WorkDir, "store.db"));
        Assert.Equal(0, await db.RecordedCrimes.CountAsync());
    }

    [Fact]
    public async Task HeaderTextEchoedToTheTerminal_IsEscaped()
    {
        // A header is shown back (ignored columns, an unrecognised header): an escape sequence in it (here one that
        // would retitle the terminal window, and one that would colour the rest red) prints as visible pictures.
        await WriteAsync("extra-column.csv", $"{Header},no\u001b[31mtes\nCR1,2026-07-01,28A,crime,EAST,V1,person,34,,L1,,x\n");
        await WriteAsync("foreign.csv", "a\u001b]0;pwned\u0007,[b]\n1,2\n");

        var warned = await _cli.RunAsync("import", "crimes", "extra-column.csv", "--db", "store.db");
        var refused = await _cli.RunAsync("import", "crimes", "foreign.csv", "--db", "store.db");

        Assert.True(warned.ExitCode == ExitCodes.Ok, warned.Error);
        Assert.Equal("warning: extra-column.csv: ignored column(s): no\u241b[31mtes", warned.Error.Trim());
        Assert.Equal(ExitCodes.UserError, refused.ExitCode);
        Assert.Contains("it holds: a\u241b]0;pwned\u2407,[b]; is it a recorded-crime extract with a header row?", refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', warned.Error + refused.Error);
        Assert.DoesNotContain('\u0007', refused.Error);
    }

    [Fact]
    public async Task UnknownDivision_NamesTheKnownOnesAndHowToAddOne()
    {
        await WriteAsync("north.csv", $"{Header}\nCR1,2026-07-01,28A,crime,NORTH,V1,person,34,,L1,\n");

        var result = await _cli.RunAsync("import", "crimes", "north.csv", "--db", "store.db");

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains(
            "north.csv:2: column 'division': 'NORTH' is not a division of the force; known: EAST, SOUTH, WEST; add it with `satisfaction force init --code DEMO --divisions ...`",
            result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IncidentCategories_AreKept_WhileACrimeNeedsAHomeOfficeCode()
    {
        await WriteAsync("asb.csv", $"{Header}\nASB1,2026-07-01,ASB-PERSONAL,asb,EAST,V1,person,34,,L1,\nASB2,2026-07-01,ASB,asb,WEST,V2,person,34,,L2,\n");
        await WriteAsync("crime.csv", $"{Header}\nCR1,2026-07-01,ASB,crime,EAST,V1,person,34,,L1,\n");

        var asb = await _cli.RunAsync("import", "crimes", "asb.csv", "--db", "store.db");
        var crime = await _cli.RunAsync("import", "crimes", "crime.csv", "--db", "store.db");

        Assert.True(asb.ExitCode == ExitCodes.Ok, asb.Error);
        using var db = SatisfactionDb.Open(Path.Combine(_cli.WorkDir, "store.db"));
        Assert.Equal(["ASB-PERSONAL", "ASB"], await db.RecordedCrimes.OrderBy(c => c.CrimeRef).Select(c => c.OffenceCode).ToListAsync());
        Assert.Equal(ExitCodes.UserError, crime.ExitCode);
        Assert.Contains("crime.csv:2: column 'offence_code': 'ASB' is not a Home Office offence code", crime.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();

    private Task WriteAsync(string name, string text, Encoding? encoding = null) =>
        File.WriteAllTextAsync(Path.Combine(_cli.WorkDir, name), text, encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
