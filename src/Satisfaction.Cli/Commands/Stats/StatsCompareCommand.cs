using System.ComponentModel;
using Satisfaction.Application.Statistics;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core.Statistics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary>
/// <c>satisfaction stats compare FILE</c>: the difference in a measure between two values of a column
/// (two periods or two domains), with its SE including the covariance term, z, and p-values.
/// </summary>
public sealed class StatsCompareCommand(CliHost host, SurveyEstimates estimates) : Command<StatsCompareCommand.Settings>
{
    /// <summary>Options of <c>stats compare</c>.</summary>
    public sealed class Settings : StatsFileSettings
    {
        /// <summary>Measure column.</summary>
        [CommandOption("--measure <COLS>")]
        [Description("Measure (question) column, or several comma-separated (one comparison each: a JSON array, or one CSV row each). Required.")]
        public string? Measure { get; init; }

        /// <summary>Column holding the two groups.</summary>
        [CommandOption("--period <COL>")]
        [Description("Column whose values define the two groups (e.g. period). Required.")]
        public string? Period { get; init; }

        /// <summary>First value (a).</summary>
        [CommandOption("-a <VALUE>")]
        [Description("Value of the first group; the difference is a - b.")]
        public string? A { get; init; }

        /// <summary>Second value (b).</summary>
        [CommandOption("-b <VALUE>")]
        [Description("Value of the second group.")]
        public string? B { get; init; }

        /// <summary>Confidence level of the intervals.</summary>
        [CommandOption("--level <LEVEL>")]
        [Description("Confidence level of the intervals (default 0.95): logit intervals for each group, a t interval for the difference.")]
        public string Level { get; init; } = "0.95";

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            var levelError = CheckLevel(Level, out _);
            if (levelError is not null)
            {
                return ValidationResult.Error(levelError);
            }

            if (string.IsNullOrWhiteSpace(Measure) || string.IsNullOrWhiteSpace(Period) || A is null || B is null)
            {
                return ValidationResult.Error("--measure, --period, --a and --b are required.");
            }

            if (A == B)
            {
                return ValidationResult.Error("--a and --b must differ.");
            }

            return base.Validate();
        }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        StatsFileSettings.CheckLevel(settings.Level, out var level);
        var comparisons = StatsOptions.List(settings.Measure!).Select(measure => estimates.Compare(new CompareRequest
        {
            Data = new DataFile(host.ResolvePath(settings.File), settings.File),
            Design = settings.Design(host.ResolvePath),
            Measure = measure,
            Period = settings.Period!,
            A = settings.A!,
            B = settings.B!,
            Rule = MeasureRule.Parse(settings.Satisfied, settings.ValidCodes),
            Level = level,
        })).ToList();
        StatsPrinting.Warnings(host, comparisons[0].Warnings);
        var format = StatsTable.Resolve(settings.Format, host, settings.Out);
        AtomicFile.WriteOrPrint(settings.Out is null ? null : host.ResolvePath(settings.Out), host.Out, writer =>
        {
            if (format == "table")
            {
                StatsTable.WriteComparisons(writer, comparisons);
            }
            else if (format == "csv")
            {
                StatsOutput.WriteComparisonsCsv(writer, comparisons);
            }
            else if (comparisons.Count == 1)
            {
                StatsOutput.WriteComparisonJson(writer, comparisons[0]);
            }
            else
            {
                StatsOutput.WriteComparisonsJson(writer, comparisons);
            }
        });
        return ExitCodes.Ok;
    }
}
