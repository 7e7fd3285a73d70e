using System.ComponentModel;
using Satisfaction.Application.Statistics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary>Options of <c>satisfaction stats rake</c>.</summary>
public sealed class StatsRakeSettings : CommandSettings
{
    /// <summary>Respondents CSV file.</summary>
    [CommandArgument(0, "<FILE>")]
    [Description("Respondents CSV file (header row; one column per margin variable).")]
    public string File { get; init; } = "";

    /// <summary>Margins CSV file: variable, level, total.</summary>
    [CommandOption("--margins <FILE>")]
    [Description("Population margins CSV with columns variable,level,total (raking order = order of first appearance).")]
    public string? Margins { get; init; }

    /// <summary>Column with the base weights (default: 1 for everyone).</summary>
    [CommandOption("--weights <COL>")]
    [Description("Column holding the base weights (default: every respondent weighs 1).")]
    public string? Weights { get; init; }

    /// <summary>Stopping rule: &gt;= 1 absolute, &lt; 1 relative to the sum of base weights (default 1).</summary>
    [CommandOption("--epsilon <X>")]
    [Description("Stop when no cell of the cross-classified table moves by this much (>= 1: persons; < 1: fraction of the total). Default 1, as R.")]
    public string Epsilon { get; init; } = "1";

    /// <summary>Most passes (default 10).</summary>
    [CommandOption("--maxit <N>")]
    [Description("Most raking passes (default 10, as R).")]
    public int MaxIterations { get; init; } = 10;

    /// <summary>Output CSV file (default: standard output).</summary>
    [CommandOption("--out <FILE>")]
    [Description("Write the weighted CSV here (atomically) instead of standard output.")]
    public string? Out { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Margins))
        {
            return ValidationResult.Error("--margins FILE is required.");
        }

        return StatsOptions.Check(() => Weighting(p => p)) ?? base.Validate();
    }

    /// <summary>The weighting asked for (valid after validation), the margins path resolved by <paramref name="resolvePath"/>.</summary>
    internal WeightingSettings Weighting(Func<string, string> resolvePath) =>
        WeightingSettings.Parse(new WeightingOptionText { Margins = Margins, Epsilon = Epsilon, MaxIterations = MaxIterations }, resolvePath);
}
