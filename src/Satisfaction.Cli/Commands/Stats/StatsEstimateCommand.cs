using System.ComponentModel;
using Satisfaction.Application.Statistics;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core.Statistics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary>
/// <c>satisfaction stats estimate FILE</c>: weighted "% satisfied" per measure, overall and by domain, with
/// linearised SEs, design effects, df and confidence intervals (R svymean / svyciprop semantics).
/// </summary>
public sealed class StatsEstimateCommand(CliHost host, SurveyEstimates estimates) : Command<StatsEstimateCommand.Settings>
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
        var result = estimates.Estimate(new EstimateRequest
        {
            Data = new DataFile(host.ResolvePath(settings.File), settings.File),
            Design = settings.Design(host.ResolvePath),
            Measures = StatsOptions.List(settings.Measure!),
            By = settings.By,
            Rule = MeasureRule.Parse(settings.Satisfied, settings.Valid),
            Methods = methods,
            Level = level,
        });
        StatsPrinting.Warnings(host, result.Warnings);
        AtomicFile.WriteOrPrint(settings.Out is null ? null : host.ResolvePath(settings.Out), host.Out, writer =>
        {
            if (settings.Format == "csv")
            {
                StatsOutput.WriteEstimatesCsv(writer, result.Blocks);
            }
            else
            {
                StatsOutput.WriteEstimatesJson(writer, result.Blocks);
            }
        });
        return ExitCodes.Ok;
    }
}
