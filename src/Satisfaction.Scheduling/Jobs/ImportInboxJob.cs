using Satisfaction.Application.Import;

namespace Satisfaction.Scheduling.Jobs;

/// <summary><c>import-inbox</c>: imports every new extract in <c>Import:Inbox</c> once per content (every 5 minutes by default).</summary>
[SatisfactionJob("import-inbox", DefaultCron = "0 0/5 * * * ?", Misfire = JobMisfirePolicy.FireOnceNow,
    Description = "Import every new extract dropped in Import:Inbox once per content; move it to processed/ or failed/.")]
public sealed class ImportInboxJob(InboxImportService inbox) : ISatisfactionJob
{
    /// <inheritdoc />
    public async Task<string> RunAsync(JobRunContext context, CancellationToken cancellationToken) =>
        (await inbox.RunAsync(cancellationToken).ConfigureAwait(false)).ToString();
}
