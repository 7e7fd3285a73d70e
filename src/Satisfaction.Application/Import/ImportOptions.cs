namespace Satisfaction.Application.Import;

/// <summary>Settings of the <c>import-inbox</c> job: configuration section <c>Import</c>.</summary>
public sealed class ImportOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Import";

    /// <summary>
    /// Folder watched for new extracts (<c>Import:Inbox</c>; relative to the working folder). Every <c>*.csv</c> at
    /// its top level is imported once per content, then moved to <c>processed/</c> or <c>failed/</c> beside it.
    /// Null: the job does nothing. Drop files by moving or renaming them in, so a half-copied file is never read.
    /// </summary>
    public string? Inbox { get; set; }
}
