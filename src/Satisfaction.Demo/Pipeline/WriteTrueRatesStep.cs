using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Data.Entities;
using Satisfaction.Demo.Fieldwork;

namespace Satisfaction.Demo.Pipeline;

/// <summary>
/// Writes <c>true-rates.csv</c> to the output folder: the rates the simulated respondents answered from (per user group
/// and division, and the RDD survey's), and the same rates mixed by the eligible records of the in-year draws for the
/// force, each division and each user group, which the weighted in-year estimates should cover.
/// </summary>
public sealed class WriteTrueRatesStep : IDemoStep
{
    /// <summary>The file's name.</summary>
    public const string FileName = "true-rates.csv";

    /// <inheritdoc />
    public string Name => "true rates";

    /// <inheritdoc />
    public async Task<DemoStepResult?> RunAsync(DemoRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!run.Request.Fieldwork)
        {
            return null;
        }

        if (run.Request.OutputFolder is not { } folder)
        {
            return new DemoStepResult(Name, "skipped: no output folder");
        }

        var asOf = run.Request.AsOf;
        var start = asOf.AddYears(-1);
        var eligible = await (
                from c in run.Db.DrawConsiderations.AsNoTracking()
                join d in run.Db.SampleDraws.AsNoTracking() on c.SampleDrawId equals d.Id
                where d.AsOf > start && d.AsOf <= asOf && c.Stratum != null && (c.Outcome == ConsiderationOutcome.Sampled || c.Outcome == ConsiderationOutcome.NotSampled)
                group c by c.Stratum into g
                select new { Stratum = g.Key!, Count = g.Count() })
            .ToDictionaryAsync(g => g.Stratum, g => g.Count, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var truth = DemoTrueRates.Create(run.Request.Seed);
        var rows = truth.SetRates().Concat(truth.MixRates(eligible)).ToList();
        Directory.CreateDirectory(folder);
        var path = Path.GetFullPath(Path.Combine(folder, FileName));
        DemoTrueRates.WriteCsv(path, rows);
        run.TrueRatesPath = path;
        var force = rows.FirstOrDefault(r => r is { Programme: "uss", Measure: "whole_experience", UserGroup: "", Division: "", Basis: "in_year_mix" });
        return new DemoStepResult(Name, string.Create(CultureInfo.InvariantCulture,
            $"{path}: {rows.Count} rates{(force is null ? string.Empty : $"; true whole experience (uss, force, in-year mix) {force.Rate * 100:0.0}%")}"));
    }
}
