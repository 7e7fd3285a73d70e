using Satisfaction.Cli.Infrastructure;

namespace Satisfaction.Cli.Tests.Commands.Questionnaires;

/// <summary>Questionnaire commands do not touch the store, and what they print from files and samples is escaped.</summary>
public sealed class QuestionnairesTerminalTests : IDisposable
{
    private readonly CliRun _cli = new();

    public QuestionnairesTerminalTests()
    {
        var folder = Path.Combine(_cli.WorkDir, "questionnaires");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "questionnaires"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
    }

    [Fact]
    public async Task Show_SampleValueWithEscapeSequence_PrintsItVisibly()
    {
        var result = await _cli.RunAsync("questionnaires", "show", "uss-burglary", "--sample", "crime_type=\u001b[31mburglary[/]");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        Assert.Contains("about the \u241b[31mburglary[/] you reported to us on [report_date].", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Out);
    }

    [Fact]
    public async Task Show_DefinitionTextWithEscapeSequence_PrintsItVisibly()
    {
        // YAML's "\e" is ESC: a definition can carry one into the script a call handler reads.
        var path = Path.Combine(_cli.WorkDir, "questionnaires", "sms-victim.yaml");
        var yaml = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, yaml.Replace("title: \"Victim satisfaction by SMS (short form)\"", "title: \"Victim satisfaction \\e[2J by SMS\"", StringComparison.Ordinal));

        var result = await _cli.RunAsync("questionnaires", "show", "sms-victim");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        Assert.StartsWith("Victim satisfaction \u241b[2J by SMS" + Environment.NewLine, result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Out);
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("show")]
    public async Task Help_ListsNoStoreOptions_AndNoStoreIsCreated(string command)
    {
        var help = await _cli.RunAsync("questionnaires", command, "--help");
        var lint = await _cli.RunAsync("questionnaires", "lint");
        var withDb = await _cli.RunAsync("questionnaires", "lint", "--db", "store.db");

        Assert.Equal(ExitCodes.Ok, help.ExitCode);
        Assert.DoesNotContain("--db", help.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("--as-of", help.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, lint.ExitCode);
        Assert.Equal(ExitCodes.UserError, withDb.ExitCode);
        Assert.Empty(Directory.GetFiles(_cli.WorkDir, "*.db"));
    }

    [Fact]
    public async Task Show_SameSampleKeyTwice_IsAnOptionError()
    {
        var result = await _cli.RunAsync("questionnaires", "show", "uss-burglary", "--sample", "crime_type=a", "--sample", "crime_type=b");

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("--sample 'crime_type' is given more than once", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
