namespace Satisfaction.Data.Entities;

/// <summary>
/// One line of the append-only audit log: who did what to which subject. Rows are never changed or
/// deleted (refused on save and by database triggers). Never put phone numbers or names in it.
/// </summary>
public sealed class AuditLogEntry
{
    /// <summary>Store key; increases with time.</summary>
    public long Id { get; set; }

    /// <summary>When it happened (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Who or what acted: a user name or a command, e.g. <c>cli:demo</c> (max 100).</summary>
    public string Actor { get; set; } = string.Empty;

    /// <summary>What was done, e.g. <c>demo.generate</c>, <c>sample.draw</c> (max 64).</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>What it was done to, e.g. <c>draw:12</c>, <c>crime:DEMO-000123</c> (max 200).</summary>
    public string Subject { get; set; } = string.Empty;

    /// <summary>Details as JSON or text (no personal data).</summary>
    public string? Details { get; set; }
}
