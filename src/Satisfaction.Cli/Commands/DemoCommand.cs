using System.Globalization;
using Microsoft.Extensions.Options;
using Satisfaction.Data;
using Satisfaction.Application.Sampling;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core.Crimes;
using Satisfaction.Demo.Pipeline;
using Satisfaction.Demo.Synthetic;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands;

/// <summary>
/// <c>satisfaction demo</c>: creates or upgrades the store, sets up the demo force, stores synthetic recorded crime,
/// runs two years of fieldwork on the demo clock (weekly draws, RDD releases, SMS and ring-back interviews), writes
/// the true rates and the report (all idempotent), then prints what each step did, counts by incident type and
/// division, where the files are and the report's headline.
/// </summary>
public sealed class DemoCommand(CliHost host, SatisfactionStore store, DemoPipeline pipeline, IOptions<SamplingOptions> sampling) : AsyncCommand<DemoSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, DemoSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var seed = settings.Seed ?? DemoSettings.DefaultSeed;
        var asOf = host.Today(settings);
        var path = store.Description;

        // The extract is written first, so that an unwritable path stops the command before the store changes.
        var days = new DemoRequest(seed, asOf) { Fieldwork = !settings.NoFieldwork }.CrimeDays;
        var csv = settings.CsvPath is null ? null : WriteCsv(host.ResolvePath(settings.CsvPath), new DemoDataOptions { Seed = seed, AsOf = asOf, Days = days, RecordsPerYear = settings.RecordsPerYear ?? 8000 });
        await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        var db = store.CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            var programmes = ProgrammeCatalog.Load(sampling.Value.ProgrammesPath!);
            var output = host.Out;
            var folder = host.ResolvePath(settings.OutputFolder ?? ".");
            await output.WriteLineAsync(Invariant($"demo: seed {seed}, as of {asOf:yyyy-MM-dd}")).ConfigureAwait(false);
            var request = new DemoRequest(seed, asOf, settings.RecordsPerYear ?? 8000, programmes) { OutputFolder = folder, Fieldwork = !settings.NoFieldwork };
            var run = new DemoRun(db, request, host.Time) { Progress = output };
            var results = await pipeline.RunAsync(run, cancellationToken).ConfigureAwait(false);
            var summary = await DemoSummary.LoadAsync(db, run.ForceId, cancellationToken).ConfigureAwait(false);

            foreach (var result in results)
            {
                await output.WriteLineAsync(Invariant($"  {result.Step} ({result.Elapsed.TotalSeconds:0.0} s): {result.Summary}")).ConfigureAwait(false);
            }

            await output.WriteLineAsync("records by incident type and division:").ConfigureAwait(false);
            await output.WriteLineAsync(Row("incident_type", summary.Divisions.Append("total"))).ConfigureAwait(false);
            foreach (var type in EnumCodes.Values<IncidentType>())
            {
                var counts = summary.Divisions.Select(d => summary.Count(type, d)).ToList();
                await output.WriteLineAsync(Row(EnumCodes.ToCode(type), counts.Append(counts.Sum()).Select(Number))).ConfigureAwait(false);
            }

            var totals = summary.Divisions.Select(d => EnumCodes.Values<IncidentType>().Sum(t => summary.Count(t, d))).ToList();
            await output.WriteLineAsync(Row("total", totals.Append(summary.Total).Select(Number))).ConfigureAwait(false);
            await output.WriteLineAsync($"store: {path}").ConfigureAwait(false);
            if (run.TrueRatesPath is not null)
            {
                await output.WriteLineAsync($"true rates: {run.TrueRatesPath}").ConfigureAwait(false);
            }

            if (run.ReportPath is not null)
            {
                await output.WriteLineAsync($"report: {run.ReportPath}").ConfigureAwait(false);
                await output.WriteLineAsync($"headline: {run.Headline ?? "no whole-experience figure to show"}").ConfigureAwait(false);
            }

            if (csv is not null)
            {
                await output.WriteLineAsync($"extract: {csv}").ConfigureAwait(false);
            }
        }

        return ExitCodes.Ok;
    }

    private static string WriteCsv(string path, DemoDataOptions options)
    {
        try
        {
            using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            DemoCrimeCsv.Write(writer, DemoCrimeGenerator.Generate(options));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new Core.InvalidInputException($"cannot write the extract '{path}': {ex.Message}", ex);
        }

        return path;
    }

    private static string Row(string label, IEnumerable<string> cells) =>
        "  " + label.PadRight(14) + string.Concat(cells.Select(c => c.PadLeft(8)));

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
