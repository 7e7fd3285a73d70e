using Satisfaction.Core.Contact;

namespace Satisfaction.Application.Forces;

/// <summary>A force as <c>force show</c> prints it.</summary>
/// <param name="Code">Force code.</param>
/// <param name="Name">Display name.</param>
/// <param name="TimeZone">IANA time zone id.</param>
/// <param name="Divisions">Divisions with the count of recorded crimes and incidents in each.</param>
/// <param name="Programmes">Programme codes set up for the force.</param>
/// <param name="MsgPeers">MSG peer force codes (may be empty).</param>
/// <param name="ContactHours">Permitted contact hours per channel.</param>
/// <param name="ProgrammesPath">Programmes folder given at set-up, or null for the default.</param>
/// <param name="BankHolidaysSource">File the one-off bank-holiday days came from, or null for the file built into the program.</param>
/// <param name="BankHolidayDays">One-off bank-holiday changes in use (added or removed days).</param>
public sealed record ForceView(
    string Code,
    string Name,
    string TimeZone,
    IReadOnlyList<ForceView.DivisionView> Divisions,
    IReadOnlyList<string> Programmes,
    IReadOnlyList<string> MsgPeers,
    ContactHoursOptions ContactHours,
    string? ProgrammesPath,
    string? BankHolidaysSource = null,
    int BankHolidayDays = 0)
{
    /// <summary>A division and its record count.</summary>
    /// <param name="Code">Division code.</param>
    /// <param name="Name">Display name.</param>
    /// <param name="Records">Recorded crimes and incidents in the store for it (0 or more).</param>
    public sealed record DivisionView(string Code, string Name, int Records);
}
