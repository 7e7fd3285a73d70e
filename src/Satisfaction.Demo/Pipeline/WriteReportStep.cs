using Microsoft.Extensions.DependencyInjection;
using Satisfaction.Reporting.Report;

namespace Satisfaction.Demo.Pipeline;

/// <summary>
/// Writes the analysts' report (<see cref="ReportService"/>, as <c>satisfaction report</c>) for the last day of
/// fieldwork to <c>report/</c> in the output folder, and keeps its path and headline for the command to print.
/// </summary>
public sealed class WriteReportStep(IServiceProvider services) : IDemoStep
{
    /// <summary>The report's folder inside the output folder.</summary>
    public const string FolderName = "report";

    /// <inheritdoc />
    public string Name => "report";

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

        if (run.Request.Programmes is null || run.Request.Programmes.Count == 0)
        {
            return new DemoStepResult(Name, "skipped: no fieldwork");
        }

        using var scope = services.CreateScope();
        var report = scope.ServiceProvider.GetRequiredService<ReportService>();
        var outcome = await report.BuildAsync(run.Request.AsOf, Path.GetFullPath(Path.Combine(folder, FolderName)), cancellationToken).ConfigureAwait(false);
        run.ReportPath = outcome.HtmlPath;
        run.Headline = outcome.Headline;
        return new DemoStepResult(Name, $"{outcome.HtmlPath} ({outcome.Figures} figures; tables also in {Path.GetFileName(outcome.CsvPath)})");
    }
}
