namespace Satisfaction.Data.Bulk;

/// <summary>What merging a staged file into the store changed.</summary>
/// <param name="Inserted">Records whose crime_ref was not in the store.</param>
/// <param name="Updated">Stored records that differed from the file's row in at least one column (and were replaced).</param>
/// <param name="ContactsWritten">Victim contact rows inserted or changed.</param>
public sealed record CrimeMergeCounts(long Inserted, long Updated, long ContactsWritten);
