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

        /// <summary>Domain columns (crossed when several).</summary>
        [CommandOption("--by <COLS>")]
        [Description("Also estimate for every value of this column, or of several crossed (e.g. division,period), by domain estimation on the full design.")]
        public string? By { get; init; }

        /// <summary>proportion (default), mean, total or ratio.</summary>
        [CommandOption("--statistic <NAME>")]
        [Description("proportion (default: % with a --satisfied code among --valid codes), mean, total (R svymean / svytotal of a numeric measure) or ratio (svyratio of --measure over --denominator).")]
        public string Statistic { get; init; } = "proportion";

        /// <summary>Denominator of a ratio.</summary>
        [CommandOption("--denominator <COL>")]
        [Description("With --statistic ratio: the denominator column (the ratio is sum(w measure) / sum(w denominator)).")]
        public string? Denominator { get; init; }

        /// <summary>Ratio multiplier.</summary>
        [CommandOption("--per <N>")]
        [Description("With --statistic ratio: express the ratio per N (e.g. 1000 for a rate per 1,000); default 1.")]
        public string? Per { get; init; }

        /// <summary>CI methods.</summary>
        [CommandOption("--ci <METHODS>")]
        [Description("Intervals of a proportion: logit (default), likelihood, beta, mean, xlogit, asin, a comma list, or all. Means, totals and ratios always get R confint's normal and t intervals.")]
        public string? Ci { get; init; }

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

            if (!TryParseStatistic(Statistic, out var statistic))
            {
                return ValidationResult.Error($"--statistic '{Statistic}' is not one of proportion, mean, total, ratio.");
            }

            if ((statistic == NumericStatistic.Ratio) != (Denominator is not null))
            {
                return ValidationResult.Error("--statistic ratio and --denominator COL go together.");
            }

            if (Per is not null && (statistic != NumericStatistic.Ratio || !WeightingSettings.TryNumber(Per, out var per) || !(per > 0)))
            {
                return ValidationResult.Error($"--per '{Per}' needs --statistic ratio and a positive number, e.g. 1000.");
            }

            if (statistic is not null && Ci is not null)
            {
                return ValidationResult.Error(
                    $"--ci {Ci} is not supported with --statistic {Statistic}: the svyciprop methods are for proportions. A mean, total or ratio always gets R confint's normal interval and a t interval on the design df; drop --ci (or estimate a proportion with --satisfied and --valid codes).");
            }

            return ParseMethods(Ci ?? "logit", out _) ?? base.Validate();
        }

        /// <summary>Parses --statistic: null = proportion, else mean, total or ratio; false when unknown.</summary>
        internal static bool TryParseStatistic(string text, out NumericStatistic? statistic)
        {
            statistic = text.Trim().ToUpperInvariant() switch
            {
                "MEAN" => NumericStatistic.Mean,
                "TOTAL" => NumericStatistic.Total,
                "RATIO" => NumericStatistic.Ratio,
                _ => null,
            };
            return statistic is not null || string.Equals(text.Trim(), "proportion", StringComparison.OrdinalIgnoreCase);
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
        Settings.ParseMethods(settings.Ci ?? "logit", out var methods);
        StatsFileSettings.CheckLevel(settings.Level, out var level);
        var result = estimates.Estimate(new EstimateRequest
        {
            Data = new DataFile(host.ResolvePath(settings.File), settings.File),
            Design = settings.Design(host.ResolvePath),
            Measures = StatsOptions.List(settings.Measure!),
            By = settings.By is null ? [] : StatsOptions.List(settings.By),
            Rule = MeasureRule.Parse(settings.Satisfied, settings.ValidCodes),
            Statistic = Settings.TryParseStatistic(settings.Statistic, out var statistic) ? statistic : null,
            ValidValues = settings.Valid is null ? null : MeasureRule.ParseCodes(settings.Valid),
            Denominator = settings.Denominator,
            Scale = settings.Per is null ? 1 : double.Parse(settings.Per, System.Globalization.CultureInfo.InvariantCulture),
            Methods = methods,
            Level = level,
        });
        StatsPrinting.Warnings(host, result.Warnings);
        var format = StatsTable.Resolve(settings.Format, host, settings.Out);
        AtomicFile.WriteOrPrint(settings.Out is null ? null : host.ResolvePath(settings.Out), host.Out, writer =>
        {
            if (format == "table")
            {
                StatsTable.WriteEstimates(writer, result.Blocks);
                StatsTable.WriteNumeric(writer, result.Numeric);
            }
            else if (result.Blocks.Count == 0)
            {
                StatsOutput.WriteNumeric(writer, result.Numeric, format);
            }
            else if (format == "csv")
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
