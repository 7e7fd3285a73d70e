namespace Satisfaction.Application.Exports;

/// <summary>Settings of <c>satisfaction export</c>: configuration section <c>Export</c>.</summary>
public sealed class ExportOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Export";

    /// <summary>Shortest key accepted, in characters.</summary>
    public const int MinimumKeyLength = 32;

    /// <summary>
    /// Secret key of the pseudonymous <c>case_id</c> (HMAC-SHA256), at least 32 characters (<c>Export:PseudonymKey</c>,
    /// from the environment variable <c>SATISFACTION_EXPORT__PSEUDONYMKEY</c> or user secrets; never in a file in the
    /// repository). Exports are refused without it. Keep it: the same key gives the same case_id in every export.
    /// </summary>
    public string? PseudonymKey { get; set; }
}
