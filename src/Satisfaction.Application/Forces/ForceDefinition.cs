using Satisfaction.Core.Contact;

namespace Satisfaction.Application.Forces;

/// <summary>
/// Everything <c>force init</c> sets for a force (from options or a <c>force.yaml</c>). The division list is the
/// whole list: a division in the store but not here is removed (refused when it has records). A setting left null
/// keeps what the store holds (the defaults on a new force).
/// </summary>
/// <param name="Code">Force code, 1 to 16 of A-Z 0-9 _ - (e.g. <c>LANCS</c>).</param>
/// <param name="Name">Display name, 1 to 100 characters.</param>
/// <param name="Divisions">Every division of the force, at least one, codes unique.</param>
public sealed record ForceDefinition(string Code, string Name, IReadOnlyList<DivisionDefinition> Divisions)
{
    /// <summary>IANA time zone of the force's local dates and contact hours; null keeps the stored one (default Europe/London).</summary>
    public string? TimeZone { get; init; }

    /// <summary>Codes of the force's most similar group (MSG) peer forces, for benchmarking; null keeps the stored list.</summary>
    public IReadOnlyList<string>? MsgPeers { get; init; }

    /// <summary>Permitted contact hours per channel; null keeps the stored hours (default SMS 09:00-20:00, phone 09:00-21:00, no Sundays).</summary>
    public ContactHoursOptions? ContactHours { get; init; }

    /// <summary>
    /// One-off bank-holiday changes (a <c>satisfaction-bank-holidays/1</c> file, read at set-up and stored with the
    /// force); null keeps the stored ones (default: the file built into the program).
    /// </summary>
    public IReadOnlyList<BankHolidayChange>? BankHolidays { get; init; }

    /// <summary>Where <see cref="BankHolidays"/> came from (a file name, for <c>force show</c>); null with them.</summary>
    public string? BankHolidaysSource { get; init; }

    /// <summary>Folder of the programme files set up for the force; null keeps the stored one (default <c>questionnaires/programmes</c>).</summary>
    public string? ProgrammesPath { get; init; }
}
