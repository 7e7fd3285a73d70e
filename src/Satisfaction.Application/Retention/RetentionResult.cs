namespace Satisfaction.Application.Retention;

/// <summary>What one retention run purged (counts only).</summary>
/// <param name="Contacts">Victims whose contact details were purged.</param>
/// <param name="Phones">Phone numbers deleted.</param>
/// <param name="Names">Names deleted.</param>
/// <param name="Cutoff">Cases closed at or before this instant (UTC) counted as expired.</param>
public sealed record RetentionResult(int Contacts, int Phones, int Names, DateTimeOffset Cutoff)
{
    /// <summary>One line for logs and the job's outcome.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"purged contact details of {Contacts} victim(s): {Phones} phone(s), {Names} name(s) (cases closed by {Cutoff:yyyy-MM-ddTHH:mm:ssZ})");
}
