using System.ComponentModel;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Benchmark;

/// <summary>Options of <c>satisfaction benchmark</c>.</summary>
public sealed class BenchmarkSettings : GlobalSettings, IStartsStoreItself
{
    /// <summary>The force's own row from the store.</summary>
    [CommandOption("--from-store")]
    [Description("Take the force's own figures from the store (in-year at --as-of, default today) instead of the file; the file must have figures for the 12 months ending that day.")]
    public bool FromStore { get; init; }

    /// <summary>Programme of the store's figures.</summary>
    [CommandOption("--programme <PROGRAMME>")]
    [Description("With --from-store: the programme whose measures are compared: uss (default), asb or rdd_confidence.")]
    public string Programme { get; init; } = "uss";

    /// <summary>The peer CSV file.</summary>
    [CommandOption("--peers <FILE>")]
    [Description("Published figures of the forces (CSV: force,in_msg,measure,period_end,respondents,satisfied_pct, optionally ci_low,ci_high). Required.")]
    public string? Peers { get; init; }

    /// <summary>Only this measure.</summary>
    [CommandOption("--measure <MEASURE>")]
    [Description("Only this measure (default: every measure in the file).")]
    public string? Measure { get; init; }

    /// <summary>How the MSG average is formed.</summary>
    [CommandOption("--average <METHOD>")]
    [Description("MSG average: 'mean' of the forces (each counts once; default) or 'pooled' by respondents.")]
    public string Average { get; init; } = "mean";

    /// <summary>Output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("table (default) or json.")]
    public string Format { get; init; } = "table";

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Peers))
        {
            return ValidationResult.Error("--peers FILE is required.");
        }

        if (string.IsNullOrWhiteSpace(Force))
        {
            return ValidationResult.Error("--force NAME is required.");
        }

        if (Average is not ("mean" or "pooled"))
        {
            return ValidationResult.Error($"--average '{Average}' is not one of: mean, pooled.");
        }

        if (Programme is not ("uss" or "asb" or "rdd_confidence"))
        {
            return ValidationResult.Error($"--programme '{Programme}' is not one of: uss, asb, rdd_confidence.");
        }

        return Format is "table" or "json"
            ? base.Validate()
            : ValidationResult.Error($"--format '{Format}' is not one of: table, json.");
    }
}
