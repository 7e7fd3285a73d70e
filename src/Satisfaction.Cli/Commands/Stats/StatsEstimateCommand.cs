using System.ComponentModel;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core;
using Satisfaction.Core.Statistics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary>
/// <c>satisfaction stats estimate FILE</c>: weighted "% satisfied" per measure, overall and by domain, with
/// linearised SEs, design effects, df and confidence intervals (R svymean / svyciprop semantics).
/// </summary>
public sealed class StatsEstimateCommand(CliHost host) : Command<StatsEstimateCommand.Settings>
{
    /// <summary>Options of <c>stats estimate</c>.</summary>
    public sealed class Settings : StatsFileSettings
    {
        /// <summary>Measure columns, comma-separated.</summary>
        [CommandOption("--measure <COLS>")]
        [Description("Measure (question) columns, comma-separated. Required.")]
        public string? Measure { get; init; }

        /// <summary>Domain column.</summary>
        [CommandOption("--by <COL>")]
        [Description("Also estimate for every value of this column (domain estimation on the full design).")]
        public string? By { get; init; }

        /// <summary>CI methods.</summary>
        [CommandOption("--ci <METHODS>")]
        [Description("logit (default), likelihood, beta, mean, xlogit, asin, a comma list, or all.")]
        public string Ci { get; init; } = "logit";

        /// <summary>Confidence level.</summary>
        [CommandOption("--level <LEVEL>")]
        [Description("Confidence level (default 0.95).")]
        public string Level { get; init; } = "0.95";

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Measure))
            {
                return ValidationResult.Error("--measure is required (one or more question columns).");
            }

            var levelError = CheckLevel(Level, out _);
            if (levelError is not null)
            {
                return ValidationResult.Error(levelError);
            }

            return ParseMethods(Ci, out _) ?? base.Validate();
        }

        internal static ValidationResult? ParseMethods(string text, out List<SurveyCiMethod> methods)
        {
            methods = [];
            if (string.Equals(text, "all", StringComparison.OrdinalIgnoreCase))
            {
                methods.AddRange(CiMethodNames.AllSurvey);
                return null;
            }

            foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var method = CiMethodNames.ParseSurvey(name);
                if (method is null)
                {
                    return ValidationResult.Error($"--ci '{name}' is not one of logit, likelihood, beta, mean, xlogit, asin, all.");
                }

                methods.Add(method.Value);
            }

            return methods.Count == 0 ? ValidationResult.Error("--ci names no method.") : null;
        }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings.ParseMethods(settings.Ci, out var methods);
        StatsFileSettings.CheckLevel(settings.Level, out var level);
        var rule = MeasureRule.Parse(settings.Satisfied, settings.Valid);
        var table = CsvTable.Read(host.ResolvePath(settings.File), settings.File);
        var design = StatsDesignLoader.Load(table, settings, host);
        var measures = settings.Measure!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        string[]? levels = null;
        int[]? groups = null;
        if (settings.By is not null)
        {
            groups = table.Codes(settings.By, out levels);
        }

        var blocks = new List<ProportionEstimate>();
        foreach (var measure in measures)
        {
            var indicator = ProportionEstimator.Indicators(table.Doubles(measure, allowMissing: true), rule);
            try
            {
                blocks.AddRange(groups is null
                    ? [ProportionEstimator.Estimate(design, measure, indicator, methods, level)]
                    : ProportionEstimator.EstimateByGroup(design, measure, indicator, methods, level, settings.By!, groups, levels!));
            }
            catch (InvalidInputException ex)
            {
                // A domain without a valid answer for this measure: name the file and the column.
                throw InvalidInputException.At(table.FileName, null, measure, ex.Message + " (no row has a valid code)");
            }
        }

        AtomicFile.WriteOrPrint(settings.Out is null ? null : host.ResolvePath(settings.Out), host.Out, writer =>
        {
            if (settings.Format == "csv")
            {
                StatsOutput.WriteEstimatesCsv(writer, blocks);
            }
            else
            {
                StatsOutput.WriteEstimatesJson(writer, blocks);
            }
        });
        return ExitCodes.Ok;
    }
}
