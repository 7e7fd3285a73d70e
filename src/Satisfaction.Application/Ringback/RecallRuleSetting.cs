namespace Satisfaction.Application.Ringback;

/// <summary>A change to one row of the re-call table (configuration <c>Ringback:Rules:OUTCOME</c>); null keeps the default.</summary>
public sealed class RecallRuleSetting
{
    /// <summary>AAPOR code recorded for an RDD number, e.g. <c>3.13</c>.</summary>
    public string? RddDisposition { get; set; }

    /// <summary>AAPOR code recorded for a named victim, e.g. <c>2.20</c>.</summary>
    public string? VictimDisposition { get; set; }

    /// <summary>True when the outcome closes the case.</summary>
    public bool? Final { get; set; }

    /// <summary>Least minutes before the next call (0 or more); the minimum gap still applies.</summary>
    public int? DelayMinutes { get; set; }

    /// <summary>True when the next call must fall in another part of the day.</summary>
    public bool? ChangeDayPart { get; set; }
}
