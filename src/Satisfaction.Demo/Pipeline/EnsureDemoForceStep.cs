using Microsoft.Extensions.Options;
using Satisfaction.Application.Forces;
using Satisfaction.Application.Sampling;
using Satisfaction.Demo.Synthetic;

namespace Satisfaction.Demo.Pipeline;

/// <summary>
/// Sets up the demo force, its divisions EAST/SOUTH/WEST and its programmes through the same use case as
/// <c>satisfaction force init</c> (<see cref="ForceSetup"/>): idempotent, so a second run changes nothing.
/// </summary>
public sealed class EnsureDemoForceStep : IDemoStep
{
    /// <summary>The demo force as <c>force init</c> would be given it.</summary>
    public static ForceDefinition Definition { get; } =
        new(DemoForce.Code, DemoForce.Name, [.. DemoForce.Divisions.Select(d => new DivisionDefinition(d.Code, d.Name))]) { TimeZone = DemoForce.TimeZoneId };

    /// <inheritdoc />
    public string Name => "force";

    /// <inheritdoc />
    public async Task<DemoStepResult?> RunAsync(DemoRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var setup = new ForceSetup(run.Db, run.Time, Options.Create(new SamplingOptions()));
        var result = await setup.EnsureAsync(Definition, run.Request.Programmes ?? [], cancellationToken).ConfigureAwait(false);
        run.Db.ChangeTracker.Clear();
        run.ForceId = result.ForceId;
        return new DemoStepResult(Name, result.Changes.Count == 0
            ? $"{DemoForce.Code} ({DemoForce.Name}) already set up"
            : string.Join(", ", result.Changes));
    }
}
