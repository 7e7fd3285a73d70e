using Satisfaction.Data;

namespace Satisfaction.Demo.Pipeline;

/// <summary>State shared by the steps of one demo run.</summary>
/// <param name="Db">The open, migrated store.</param>
/// <param name="Request">What was asked.</param>
/// <param name="Time">The clock, for import and audit times (the fieldwork runs on its own clock).</param>
public sealed record DemoRun(SatisfactionDbContext Db, DemoRequest Request, TimeProvider Time)
{
    /// <summary>Store id of the demo force, set by the first step.</summary>
    public int ForceId { get; set; }

    /// <summary>Full path of the report written by the last step, or null.</summary>
    public string? ReportPath { get; set; }

    /// <summary>The report's headline (whole experience in-year, its interval and the change), or null.</summary>
    public string? Headline { get; set; }

    /// <summary>Where long steps report progress (a line a simulated month), or null for none.</summary>
    public TextWriter? Progress { get; init; }

    /// <summary>Full path of <c>true-rates.csv</c>, or null.</summary>
    public string? TrueRatesPath { get; set; }
}
