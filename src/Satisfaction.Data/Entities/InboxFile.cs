namespace Satisfaction.Data.Entities;

/// <summary>
/// An extract the <c>import-inbox</c> job has dealt with, keyed by the SHA-256 of its content, so the same content
/// is imported once whatever its file name.
/// </summary>
public sealed class InboxFile
{
    /// <summary>Store key.</summary>
    public long Id { get; set; }

    /// <summary>SHA-256 of the file's bytes, lower-case hex (64 characters). Unique.</summary>
    public string Sha256 { get; set; } = string.Empty;

    /// <summary>The file's name when it was picked up (max 255).</summary>
    public string FileName { get; set; } = string.Empty;

    /// <summary><c>imported</c> or <c>failed</c> (max 16).</summary>
    public string Outcome { get; set; } = string.Empty;

    /// <summary>Data rows read.</summary>
    public int Rows { get; set; }

    /// <summary>Counts or the first error (no personal data, max 2000).</summary>
    public string? Details { get; set; }

    /// <summary>When it was dealt with (UTC).</summary>
    public DateTimeOffset At { get; set; }
}
