using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Questionnaires;

/// <summary>Settings of <c>satisfaction questionnaires show</c> (no store: no --db or --as-of).</summary>
public sealed class ShowQuestionnaireSettings : CommandSettings
{
    /// <summary>Questionnaire id (e.g. uss-burglary).</summary>
    [CommandArgument(0, "<ID>")]
    [Description("Questionnaire id, e.g. uss-burglary.")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Folder holding the questionnaire files.</summary>
    [CommandOption("--dir <FOLDER>")]
    [Description("Folder of questionnaire files (default: questionnaires).")]
    public string Directory { get; init; } = "questionnaires";

    /// <summary>Sample values to pipe into the text, as KEY=VALUE; repeatable.</summary>
    [CommandOption("--sample <KEY=VALUE>")]
    [Description("A sample value to pipe into the text, e.g. --sample crime_type=burglary (repeatable).")]
    public string[] Sample { get; init; } = [];

    /// <summary>The sample values by key.</summary>
    public IReadOnlyDictionary<string, string> SampleValues() =>
        Sample.Select(s => s.Split('=', 2)).ToDictionary(p => p[0].Trim(), p => p[1], StringComparer.Ordinal);

    private IEnumerable<string> RepeatedKeys() =>
        Sample.Where(s => s.Contains('=', StringComparison.Ordinal)).Select(s => s.Split('=', 2)[0].Trim())
            .GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        foreach (var item in Sample)
        {
            var eq = item.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                return ValidationResult.Error($"--sample '{item}' must be KEY=VALUE, e.g. crime_type=burglary.");
            }
        }

        foreach (var key in RepeatedKeys())
        {
            return ValidationResult.Error($"--sample '{key}' is given more than once; give each key once.");
        }

        return base.Validate();
    }
}
