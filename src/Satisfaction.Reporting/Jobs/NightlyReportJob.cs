using System.Globalization;
using Microsoft.Extensions.Options;
using Satisfaction.Core;
using Satisfaction.Core.Time;
using Satisfaction.Reporting.Report;
using Satisfaction.Scheduling;

namespace Satisfaction.Reporting.Jobs;

/// <summary>
/// <c>nightly-report</c> (03:45 UK time, after <c>nightly-scores</c>): writes the day's report into
/// <c>Reports:Folder/yyyy-MM-dd/</c>, which <c>serve</c> shows at <c>/reports/latest</c>. Idempotent: a date whose
/// <c>report.html</c> exists is kept. Without <c>Reports:Folder</c>, or with no interviews yet, it writes nothing and
/// says why (not a failure: a new force has nothing to report).
/// </summary>
[SatisfactionJob("nightly-report", DefaultCron = "0 45 3 * * ?", Misfire = JobMisfirePolicy.FireOnceNow,
    Description = "Write today's report into Reports:Folder/yyyy-MM-dd (one per date, never replaced).")]
public sealed class NightlyReportJob(ReportService reports, IOptions<ReportsOptions> options, TimeProvider time) : ISatisfactionJob
{
    /// <inheritdoc />
    public async Task<string> RunAsync(JobRunContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.Folder))
        {
            return "no report folder is configured (Reports:Folder): nothing written";
        }

        var asOf = UkLocalTime.ToUkDate(time.GetUtcNow());
        var folder = Path.Combine(options.Value.Folder, asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (File.Exists(Path.Combine(folder, "report.html")))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{asOf:yyyy-MM-dd}: report already written");
        }

        try
        {
            var outcome = await reports.BuildAsync(asOf, folder, cancellationToken).ConfigureAwait(false);
            return string.Create(CultureInfo.InvariantCulture, $"{asOf:yyyy-MM-dd}: report written ({outcome.Figures} figures)");
        }
        catch (InvalidInputException ex)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{asOf:yyyy-MM-dd}: no report: {ex.Message}");
        }
    }
}
