namespace Satisfaction.Data;

/// <summary>
/// Maximum lengths, in UTF-16 characters, of the recorded-crime columns: the one place the store's schema
/// (<c>HasMaxLength</c>) and the extract reader's checks take them from. Text longer than its column is
/// refused, never truncated. Changing a value here changes the schema and needs a migration.
/// </summary>
public static class RecordedCrimeLimits
{
    /// <summary>The force's crime or incident reference (<c>crime_ref</c>): 1 to 32 characters.</summary>
    public const int CrimeRef = 32;

    /// <summary>Offence code (<c>offence_code</c>): a Home Office code for crimes, the force's own category for incidents; up to 16 characters.</summary>
    public const int OffenceCode = 16;

    /// <summary>Division code (<c>division</c>, <c>divisions.code</c>): 1 to 16 characters.</summary>
    public const int DivisionCode = 16;

    /// <summary>The force's victim identifier (<c>victim_id</c>): 1 to 64 characters.</summary>
    public const int VictimId = 64;

    /// <summary>Location identifier (<c>location_id</c>): up to 64 characters; may be empty.</summary>
    public const int LocationId = 64;

    /// <summary>File name a record was imported from (<c>source_file</c>): up to 260 characters.</summary>
    public const int SourceFile = 260;

    /// <summary>Phone number in E.164 form (<c>phone_e164</c>), <c>+</c> and up to 15 digits: 16 characters.</summary>
    public const int PhoneE164 = 16;
}
