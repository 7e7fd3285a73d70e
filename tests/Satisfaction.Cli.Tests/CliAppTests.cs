using System.Text.RegularExpressions;
using Satisfaction.Cli.Infrastructure;

namespace Satisfaction.Cli.Tests;

public sealed partial class CliAppTests
{
    [Fact]
    public async Task RunAsync_HelpOnEveryCommand_ExitsZero()
    {
        using var cli = new CliRun();
        var seen = new List<string>();
        await CheckHelpAsync(cli, [], seen);
        Assert.Contains("demo", seen);
        Assert.Contains("info", seen);
    }

    [Fact]
    public async Task RunAsync_UnknownOption_ExitsOneWithMessage()
    {
        using var cli = new CliRun();
        var result = await cli.RunAsync("demo", "--bogus");
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("bogus", result.Error, StringComparison.Ordinal);
        Assert.StartsWith("error:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownCommand_ExitsOne()
    {
        using var cli = new CliRun();
        var result = await cli.RunAsync("frobnicate");
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-13-45")]
    [InlineData("yesterday")]
    [InlineData("30/11/2026")]
    public async Task RunAsync_AsOfGarbage_ExitsOne(string asOf)
    {
        using var cli = new CliRun();
        var result = await cli.RunAsync("demo", "--as-of", asOf);
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains(asOf, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(cli.WorkDir, "satisfaction.db")));
    }

    [Fact]
    public async Task RunAsync_SeedNotANumber_ExitsOne()
    {
        using var cli = new CliRun();
        var result = await cli.RunAsync("demo", "--seed", "abc");
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.NotEmpty(result.Error);
    }

    [Fact]
    public async Task RunAsync_DbIsAFolder_ExitsOneWithClearMessage()
    {
        using var cli = new CliRun();
        Directory.CreateDirectory(Path.Combine(cli.WorkDir, "adir"));
        var result = await cli.RunAsync("demo", "--db", "adir");
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.StartsWith("error: the store '", result.Error, StringComparison.Ordinal);
        Assert.Contains("adir' is a folder", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DbInMissingFolder_ExitsOneWithClearMessage()
    {
        using var cli = new CliRun();
        var result = await cli.RunAsync("demo", "--db", Path.Combine("missing", "x.db"));
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(cli.WorkDir, "missing")));
    }

    [Fact]
    public async Task RunAsync_DbIsNotADatabase_ExitsOneWithClearMessage()
    {
        using var cli = new CliRun();
        await File.WriteAllTextAsync(Path.Combine(cli.WorkDir, "notes.db"), "these are notes, not a database; " + new string('x', 500));
        var result = await cli.RunAsync("demo", "--db", "notes.db");
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("error: cannot open the store '", result.Error, StringComparison.Ordinal);
        Assert.Contains("notes.db': ", result.Error, StringComparison.Ordinal);
    }

    private static async Task CheckHelpAsync(CliRun cli, string[] path, List<string> seen)
    {
        var result = await cli.RunAsync([.. path, "--help"]);
        var name = path.Length == 0 ? "(root)" : string.Join(' ', path);
        Assert.True(result.ExitCode == ExitCodes.Ok, $"{name} --help exited {result.ExitCode}: {result.Error}");
        Assert.Contains("USAGE", result.Out, StringComparison.Ordinal);
        var text = Ansi().Replace(result.Out, string.Empty);
        var commands = text.Split('\n').SkipWhile(l => !l.StartsWith("COMMANDS", StringComparison.Ordinal)).Skip(1)
            .Select(l => CommandLine().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        foreach (var command in commands)
        {
            seen.Add(string.Join(' ', [.. path, command]));
            await CheckHelpAsync(cli, [.. path, command], seen);
        }
    }

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex Ansi();

    [GeneratedRegex(@"^\s{4}([a-z][a-z0-9-]*)\b")]
    private static partial Regex CommandLine();
}
