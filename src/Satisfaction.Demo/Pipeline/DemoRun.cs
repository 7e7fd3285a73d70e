using Satisfaction.Data;

namespace Satisfaction.Demo.Pipeline;

/// <summary>State shared by the steps of one demo run.</summary>
/// <param name="Db">The open, migrated store.</param>
/// <param name="Request">What was asked.</param>
/// <param name="Time">The clock, for import and audit times.</param>
public sealed record DemoRun(SatisfactionDbContext Db, DemoRequest Request, TimeProvider Time)
{
    /// <summary>Store id of the demo force, set by the first step.</summary>
    public int ForceId { get; set; }
}
