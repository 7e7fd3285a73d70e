namespace Satisfaction.Data.Entities;

/// <summary>
/// One run of a scheduled job (<c>satisfaction serve</c> or <c>jobs run</c>): its last outcome feeds <c>/health</c>
/// and <c>jobs list</c>. No personal data in <see cref="Message"/>.
/// </summary>
public sealed class JobRun
{
    /// <summary>Store key; increases with time.</summary>
    public long Id { get; set; }

    /// <summary>Job name, e.g. <c>import-inbox</c> (max 64).</summary>
    public string Job { get; set; } = string.Empty;

    /// <summary>Quartz fire instance id, or <c>manual:…</c> for an in-process run (max 140).</summary>
    public string FireId { get; set; } = string.Empty;

    /// <summary>When the trigger was due (UTC).</summary>
    public DateTimeOffset ScheduledAt { get; set; }

    /// <summary>When the run started (UTC).</summary>
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>When it ended (UTC); null while running or when the process died during it.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary><c>running</c>, <c>succeeded</c> or <c>failed</c> (max 16).</summary>
    public string Outcome { get; set; } = "running";

    /// <summary>What the run did or why it failed, one line (max 2000).</summary>
    public string? Message { get; set; }
}
