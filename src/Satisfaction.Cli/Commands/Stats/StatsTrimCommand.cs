using System.Globalization;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core.Statistics.Weighting;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary><c>satisfaction stats trim FILE --weights COL --upper X</c>: trims weights as R <c>trimWeights()</c>.</summary>
public sealed class StatsTrimCommand(CliHost host) : Command<StatsTrimSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, StatsTrimSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var data = WeightingFiles.ReadData(host, settings.File);
        var weights = WeightingFiles.ReadWeights(data, settings.Weights);
        var upper = WeightingFiles.Number(settings.Upper);
        var lower = settings.Lower is null ? double.NegativeInfinity : WeightingFiles.Number(settings.Lower);

        var result = Trimming.Trim(weights, new TrimmingOptions { Upper = upper, Lower = lower, Strict = settings.Strict });
        WeightingFiles.WriteWeighted(host, data, result.Weights, settings.Out);
        host.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"trim: rows={data.RowCount} above_upper_before={result.AboveUpperBefore} above_upper_after={result.AboveUpperAfter} below_lower_before={result.BelowLowerBefore} below_lower_after={result.BelowLowerAfter} rounds={result.Rounds} kish_n_eff={KishDesignEffect.EffectiveSampleSize(result.Weights):G6}"));
        return ExitCodes.Ok;
    }
}
