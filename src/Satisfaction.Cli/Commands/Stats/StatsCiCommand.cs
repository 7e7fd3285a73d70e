using System.ComponentModel;
using Satisfaction.Application.Statistics;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core.Statistics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary><c>satisfaction stats ci --x 5 --n 10</c>: confidence intervals for a plain proportion x / n.</summary>
public sealed class StatsCiCommand(CliHost host) : Command<StatsCiCommand.Settings>
{
    /// <summary>Options of <c>stats ci</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Successes.</summary>
        [CommandOption("-x <X>")]
        [Description("Number of yes answers (0 <= x <= n).")]
        public long? X { get; init; }

        /// <summary>Trials.</summary>
        [CommandOption("-n <N>")]
        [Description("Number of valid answers (n >= 1).")]
        public long? N { get; init; }

        /// <summary>CI methods.</summary>
        [CommandOption("--ci <METHODS>")]
        [Description("wilson (default), wilson_cc, clopper_pearson, jeffreys, agresti_coull, wald, a comma list, or all.")]
        public string Ci { get; init; } = "wilson";

        /// <summary>Confidence level.</summary>
        [CommandOption("--level <LEVEL>")]
        [Description("Confidence level (default 0.95).")]
        public string Level { get; init; } = "0.95";

        /// <summary>Output format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("json (default) or csv.")]
        public string Format { get; init; } = "json";

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (X is null || N is null)
            {
                return ValidationResult.Error("--x and --n are required.");
            }

            if (N < 1 || X < 0 || X > N)
            {
                return ValidationResult.Error($"need 0 <= x <= n and n >= 1; got x = {X}, n = {N}.");
            }

            if (Format is not ("json" or "csv"))
            {
                return ValidationResult.Error($"--format '{Format}' is not json or csv.");
            }

            var levelError = StatsFileSettings.CheckLevel(Level, out _);
            if (levelError is not null)
            {
                return ValidationResult.Error(levelError);
            }

            return ParseMethods(Ci, out _) ?? base.Validate();
        }

        internal static ValidationResult? ParseMethods(string text, out List<PlainCiMethod> methods)
        {
            methods = [];
            if (string.Equals(text, "all", StringComparison.OrdinalIgnoreCase))
            {
                methods.AddRange(CiMethodNames.AllPlain);
                return null;
            }

            foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var method = CiMethodNames.ParsePlain(name);
                if (method is null)
                {
                    return ValidationResult.Error($"--ci '{name}' is not one of wald, wilson, wilson_cc, clopper_pearson, jeffreys, agresti_coull, all.");
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
        var x = settings.X!.Value;
        var n = settings.N!.Value;
        var ci = methods.Select(m => new KeyValuePair<string, CiBounds>(CiMethodNames.Name(m), PlainProportionCi.Compute(m, x, n, level))).ToList();
        if (settings.Format == "csv")
        {
            StatsOutput.WritePlainCsv(host.Out, x, n, ci, level);
        }
        else
        {
            StatsOutput.WritePlainJson(host.Out, x, n, ci, level);
        }

        return ExitCodes.Ok;
    }
}
