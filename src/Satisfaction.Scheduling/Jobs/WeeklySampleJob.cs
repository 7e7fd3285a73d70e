using System.Globalization;
using Microsoft.Extensions.Options;
using Satisfaction.Application.Sampling;
using Satisfaction.Core.Time;

namespace Satisfaction.Scheduling.Jobs;

/// <summary>
/// <c>weekly-sample</c>: the weekly draw (Monday 06:00 UK time by default) as of the UK date the fire was due,
/// after every week missed since the last draw, in order, each with its own as-of date and seed. A date that
/// already has a draw is not drawn again.
/// </summary>
[SatisfactionJob("weekly-sample", PerForce = true, DefaultCron = "0 0 6 ? * MON", Misfire = JobMisfirePolicy.FireOnceNow,
    Description = "The weekly victim draw, catching up every missed week in order first.")]
public sealed class WeeklySampleJob(WeeklySampleService weeks, IOptions<SamplingOptions> sampling) : ISatisfactionJob
{
    /// <inheritdoc />
    public async Task<string> RunAsync(JobRunContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var programmes = ProgrammeCatalog.Load(sampling.Value.ProgrammesPath ?? ProgrammeCatalog.DefaultFolder);
        var asOf = UkLocalTime.ToUkDate(context.ScheduledAt);
        var draws = await weeks.CatchUpAsync(asOf, programmes, cancellationToken).ConfigureAwait(false);
        return draws.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"the week as of {asOf:yyyy-MM-dd} was already drawn")
            : string.Join("; ", draws.Select(d => string.Create(CultureInfo.InvariantCulture,
                $"draw {d.DrawId} as of {d.Draw.AsOf:yyyy-MM-dd} seed {d.Seed}: considered {d.Draw.Considerations.Count}, sampled {d.Draw.Sampled.Count}{(d.IsEmpty ? " (empty)" : string.Empty)}")));
    }
}
