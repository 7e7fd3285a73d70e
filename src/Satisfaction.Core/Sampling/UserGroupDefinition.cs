using Satisfaction.Core.Crimes;

namespace Satisfaction.Core.Sampling;

/// <summary>A user group of a programme (e.g. burglary) and the records that belong to it.</summary>
/// <param name="Id">Group id, e.g. <c>burglary</c>.</param>
/// <param name="Questionnaire">Questionnaire id the group is interviewed with, e.g. <c>uss-burglary</c>.</param>
/// <param name="IncidentTypes">Incident types the group takes; never empty.</param>
/// <param name="OffenceCodes">Offence codes (upper case) the group takes; empty = any code.</param>
/// <param name="RequiredFlags">Flags a record must all carry (e.g. <see cref="CrimeFlags.Hate"/>); None = no requirement.</param>
public sealed record UserGroupDefinition(
    string Id,
    string Questionnaire,
    IReadOnlySet<IncidentType> IncidentTypes,
    IReadOnlySet<string> OffenceCodes,
    CrimeFlags RequiredFlags)
{
    /// <summary>True when the record's type, offence code (trimmed, case-insensitive) and flags fit this group.</summary>
    public bool Matches(IncidentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!IncidentTypes.Contains(record.IncidentType) || !record.Has(RequiredFlags))
        {
            return false;
        }

        return OffenceCodes.Count == 0 || OffenceCodes.Contains(NormaliseOffenceCode(record.OffenceCode));
    }

    /// <summary>Trims and upper-cases an offence code (<c> 28a </c> becomes <c>28A</c>).</summary>
    public static string NormaliseOffenceCode(string code)
    {
        code ??= string.Empty;
        foreach (var ch in code)
        {
            if (char.IsWhiteSpace(ch) || char.IsLower(ch))
            {
                return code.Trim().ToUpperInvariant();
            }
        }

        // Already normal: no allocation on the hot path.
        return code;
    }
}
