namespace Satisfaction.Application.Retention;

/// <summary>Settings of the <c>retention</c> job: configuration section <c>Retention</c>.</summary>
public sealed class RetentionOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Retention";

    /// <summary>
    /// Days after a victim's last case closed that their phone number and name are deleted (<c>Retention:Days</c>,
    /// default 90, 1 to 3650).
    /// </summary>
    public int Days { get; set; } = 90;
}
