using System.Diagnostics;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core;

namespace Satisfaction.Cli.Tests;

/// <summary>The command line a newcomer meets: options without values, text for numbers, bad settings.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--out <FILE>", "sample", "export", "--out")]
    [InlineData("--out <FILE>", "sample", "export", "--out", "--draw", "latest")]
    [InlineData("--db <PATH>", "demo", "--db")]
    [InlineData("--db <PATH>", "info", "--db")]
    [InlineData("-n <N>", "stats", "ci", "-x", "5", "-n")]
    [InlineData("--month <MONTH>", "rdd", "release", "--month")]
    public async Task OptionWithoutValue_ExitsOneNamingTheOption(string template, params string[] args)
    {
        using var cli = new CliRun();
        var result = await cli.RunAsync(args);
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains($"needs a value: {template}", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("__default_command", result.Error + result.Out, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(cli.WorkDir));
    }

    [Theory]
    [InlineData("option --seed 'abc' is not a whole number: --seed <N>", "demo", "--seed", "abc")]
    [InlineData("option --seed '1.5' is not a whole number: --seed <N>", "sample", "--seed", "1.5")]
    [InlineData("option --target 'lots' is not a whole number: --target <N>", "rdd", "release", "--month", "2026-12", "--target", "lots")]
    [InlineData("option --max-errors 'ten' is not a whole number: --max-errors <N>", "import", "crimes", "x.csv", "--max-errors", "ten")]
    public async Task NumberOptionGivenText_ExitsOneNamingOptionAndForm(string message, params string[] args)
    {
        using var cli = new CliRun();
        var result = await cli.RunAsync(args);
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Nullable", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NegativeNumberAsValue_IsNotMistakenForAnOption()
    {
        using var cli = new CliRun();
        var result = await cli.RunAsync("rdd", "release", "--month", "2026-12", "--target", "-3");
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("--target must be 1 or more", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequiredOptionMissing_SaysItIsMissing()
    {
        using var cli = new CliRun();
        var result = await cli.RunAsync("sample", "export");
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("--out", result.Error, StringComparison.Ordinal);
        Assert.Contains("required", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rdd:ReplicateSize", "abc", "'Rdd:ReplicateSize'")]
    [InlineData("Rdd:MinimumListed", "101", "Rdd:MinimumListed is 101; it must be from 0 to 100.")]
    [InlineData("Store:BusyTimeoutMilliseconds", "soon", "'Store:BusyTimeoutMilliseconds'")]
    [InlineData("Store:Provider", "Oracle", "'Store:Provider'")]
    public async Task BadSetting_FailsAtStartNamingTheKey(string key, string value, string expected)
    {
        using var cli = new CliRun(new Dictionary<string, string?> { [key] = value });
        var result = await cli.RunAsync("info");
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.StartsWith("error: configuration:", result.Error, StringComparison.Ordinal);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownSettingInAKnownSection_FailsAtStart()
    {
        using var cli = new CliRun(new Dictionary<string, string?> { ["Rdd:TargetInterviewsPerMnth"] = "40" });
        var result = await cli.RunAsync("info");
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("TargetInterviewsPerMnth", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedSettingsFile_IsOneLineWithFileLineAndColumn()
    {
        var dir = Directory.CreateTempSubdirectory("satisfaction-settings-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "appsettings.json"), "{\n  \"Store\": {\n    \"Path\": \"x.db\"\n    \"Provider\": \"Sqlite\"\n  }\n}\n");
            var ex = Assert.Throws<InvalidInputException>(() => CliHost.ReadConfiguration(dir));
            Assert.StartsWith(Path.Combine(dir, "appsettings.json") + ":4:", ex.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', ex.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task MalformedSettingsFile_ProcessExitsOneNotACrash()
    {
        var dir = Directory.CreateTempSubdirectory("satisfaction-settings-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(dir, "appsettings.json"), "{ \"Store\": { \"Path\": ");
            var (code, _, error) = await RunProcessAsync(dir, "info");
            Assert.Equal(ExitCodes.UserError, code);
            Assert.StartsWith("error: " + Path.Combine(dir, "appsettings.json") + ":1:", error, StringComparison.Ordinal);
            Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Info_WithoutTheSystemTimeZoneDatabase_StillKnowsTheUkDate()
    {
        // TZDIR points .NET's TimeZoneInfo at an empty folder, as on a machine or container without tzdata; the
        // UK date comes from NodaTime's embedded database, so the command works the same. The child process runs
        // with invariant globalization (the build sets it for every project).
        var dir = Directory.CreateTempSubdirectory("satisfaction-tz-").FullName;
        try
        {
            var noZones = Directory.CreateDirectory(Path.Combine(dir, "no-zoneinfo")).FullName;
            var environment = new Dictionary<string, string> { ["TZDIR"] = noZones, ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" };
            var (code, output, error) = await RunProcessAsync(dir, environment, "info");
            Assert.True(code == ExitCodes.Ok, error);
            var expected = NodaTime.SystemClock.Instance.GetCurrentInstant().InZone(NodaTime.DateTimeZoneProviders.Tzdb["Europe/London"]).Date;
            Assert.Contains("today: " + expected.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Version_PrintsTheProgramVersion()
    {
        using var cli = new CliRun();
        var result = await cli.RunAsync("--version");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Out.Trim());
    }

    /// <summary>Runs the built program as a child process (as a user would) in <paramref name="workingDirectory"/>.</summary>
    internal static Task<(int Code, string Out, string Error)> RunProcessAsync(string workingDirectory, params string[] args) =>
        RunProcessAsync(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Runs the built program as a child process with extra environment variables.</summary>
    internal static async Task<(int Code, string Out, string Error)> RunProcessAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "satisfaction.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
