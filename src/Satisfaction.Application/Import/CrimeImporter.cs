using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Satisfaction.Core;
using Satisfaction.Core.Phones;
using Satisfaction.Data;
using Satisfaction.Data.Bulk;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Import;

/// <summary>
/// <c>satisfaction import crimes FILE.csv</c>: imports a recorded-crime extract in one transaction.
/// A file with any bad row writes nothing and reports every bad row; re-importing the same file changes
/// nothing (idempotent on crime_ref); a changed record is updated. Victims' phone numbers go to
/// victim_contacts only and are never logged.
/// </summary>
/// <remarks>
/// Streams: valid rows go to the store's bulk path (<see cref="ICrimeBulkStore"/>, one per database engine) as
/// they are read; duplicate crime_refs are then found by the store, and the staged rows merged into
/// recorded_crimes and victim_contacts. No entity is tracked, so memory does not grow with the file.
/// </remarks>
/// <para>The file is one force's (<see cref="Forces.ForceScope"/>, by default the store's only force): its division codes are that
/// force's and its crime references and victims are matched within that force only.</para>
public sealed class CrimeImporter(SatisfactionDbContext db, ICrimeBulkStore bulk, TimeProvider time, ILogger<CrimeImporter>? logger = null, Forces.ForceScope? force = null)
{
    private readonly Forces.ForceScope _force = force ?? new Forces.ForceScope(db, (string?)null);

    private readonly ILogger _logger = logger ?? NullLogger<CrimeImporter>.Instance;

    /// <summary>Imports one file.</summary>
    /// <param name="reader">The file's text (see <see cref="CrimeExtractText"/> to open a file strictly in its encoding).</param>
    /// <param name="fileName">Name stored as the source and used in messages.</param>
    /// <param name="options">Error limit and time policies (duplicate detection is done by the store).</param>
    /// <param name="cancellationToken">Cancels; nothing is written.</param>
    /// <exception cref="InvalidInputException">The header is missing or lacks a required column, or the file cannot be decoded (nothing is written).</exception>
    public Task<CrimeImportResult> ImportAsync(TextReader reader, string fileName, CrimeCsvReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        ImportAsync(reader, fileName, options, actor: "cli", alsoInTransaction: null, cancellationToken);

    /// <summary>
    /// Imports one file and, when it commits, adds what <paramref name="alsoInTransaction"/> adds to the context in
    /// the same transaction (the inbox job records the file's hash so that the import and the record are one).
    /// </summary>
    /// <param name="reader">The file's text.</param>
    /// <param name="fileName">Name stored as the source and used in messages.</param>
    /// <param name="options">Error limit and time policies.</param>
    /// <param name="actor">Who imports, for the audit log (e.g. <c>cli</c>, <c>job:import-inbox</c>).</param>
    /// <param name="alsoInTransaction">Called with the context and the result just before the commit; null for none.</param>
    /// <param name="cancellationToken">Cancels; nothing is written.</param>
    /// <exception cref="InvalidInputException">The header is missing or lacks a required column, or the file cannot be decoded (nothing is written).</exception>
    public async Task<CrimeImportResult> ImportAsync(
        TextReader reader, string fileName, CrimeCsvReaderOptions? options, string actor, Action<SatisfactionDbContext, CrimeImportResult>? alsoInTransaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        var sourceName = Path.GetFileName(fileName);
        if (sourceName.Length > RecordedCrimeLimits.SourceFile)
        {
            throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"{fileName}: the file name is longer than {RecordedCrimeLimits.SourceFile} characters; rename the file."));
        }

        using var csv = new CrimeCsvReader(reader, fileName, (options ?? new CrimeCsvReaderOptions()) with { DetectDuplicateRefs = false });
        csv.ReadHeader();
        if (csv.IgnoredColumns.Count > 0)
        {
            _logger.LogWarning("{File}: ignoring column(s) {Columns}", sourceName, string.Join(", ", csv.IgnoredColumns));
        }

        var forceEntity = await _force.GetAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var divisions = await DivisionsAsync(forceEntity, cancellationToken).ConfigureAwait(false);
                var import = await bulk.BeginAsync(db, cancellationToken).ConfigureAwait(false);
                await using (import.ConfigureAwait(false))
                {
                    var phones = new PhoneCounts();
                    await import.StageAsync(Checked(csv, divisions, phones, cancellationToken), cancellationToken).ConfigureAwait(false);
                    var duplicates = false;
                    await foreach (var d in import.FindDuplicatesAsync(cancellationToken).ConfigureAwait(false))
                    {
                        duplicates = true;
                        csv.Errors.Add(d.Line, CrimeCsvColumns.CrimeRef, string.Create(CultureInfo.InvariantCulture,
                            $"'{d.CrimeRef}' appears earlier in the file (line {d.FirstLine}); crime references must be unique"));
                    }

                    if (duplicates)
                    {
                        csv.Errors.SortByLine();
                    }

                    if (csv.Errors.Count > 0)
                    {
                        await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                        _logger.LogWarning("{File}: {Count} bad row(s); nothing imported", sourceName, csv.Errors.Count);
                        return new CrimeImportResult(fileName, csv.RowsRead, 0, 0, 0, 0, phones.Unusable, phones.Empty, csv.IgnoredColumns, csv.Errors);
                    }

                    var merged = await import.MergeAsync(forceEntity.Id, time.GetUtcNow(), sourceName, cancellationToken).ConfigureAwait(false);
                    var unchanged = csv.RowsRead - merged.Inserted - merged.Updated;
                    var imported = new CrimeImportResult(
                        fileName, csv.RowsRead, merged.Inserted, merged.Updated, unchanged, merged.ContactsWritten, phones.Unusable, phones.Empty, csv.IgnoredColumns, csv.Errors);
                    alsoInTransaction?.Invoke(db, imported);
                    db.AuditLog.Add(new AuditLogEntry
                    {
                        At = time.GetUtcNow(),
                        Actor = actor,
                        Action = "import_crimes",
                        Subject = sourceName,
                        Details = string.Create(CultureInfo.InvariantCulture, $"rows={csv.RowsRead} inserted={merged.Inserted} updated={merged.Updated} unchanged={unchanged}"),
                    });
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    _logger.LogInformation("{File}: {Rows} rows, {Inserted} inserted, {Updated} updated, {Unchanged} unchanged", sourceName, csv.RowsRead, merged.Inserted, merged.Updated, unchanged);
                    return imported;
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The valid rows whose division the force has, as the store takes them; the others go to the reader's errors.</summary>
    private static IEnumerable<StagedCrime> Checked(CrimeCsvReader csv, ForceDivisions divisions, PhoneCounts phones, CancellationToken cancellationToken)
    {
        foreach (var row in csv.ReadRows())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!divisions.Ids.TryGetValue(row.Division, out var divisionId))
            {
                csv.Errors.Add(row.Line, CrimeCsvColumns.Division, divisions.Unknown(row.Division));
                continue;
            }

            phones.Unusable += row.Phone.Status == PhoneStatus.Unusable ? 1 : 0;
            phones.Empty += row.Phone.Status == PhoneStatus.Empty ? 1 : 0;
            yield return new StagedCrime(
                row.Line, row.CrimeRef, row.RecordedAt, row.RecordedDate, row.OffenceCode, row.IncidentType, divisionId, row.VictimId,
                row.VictimType, row.VictimAge, row.VictimDateOfBirth, row.LocationId, row.Flags, row.Phone.E164);
        }
    }

    private async Task<ForceDivisions> DivisionsAsync(Force force, CancellationToken cancellationToken)
    {
        var divisions = await db.Divisions.AsNoTracking().Where(d => d.ForceId == force.Id).Select(d => new { d.Code, d.Id }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = divisions.GroupBy(d => d.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
        return new ForceDivisions(ids, force.Code);
    }

    /// <summary>The force's divisions by code (any case) and the force's code.</summary>
    private sealed record ForceDivisions(Dictionary<string, int> Ids, string ForceCode)
    {
        /// <summary>Why a division code is refused: the known ones, and how to add one.</summary>
        public string Unknown(string division)
        {
            var code = ForceCode;
            if (Ids.Count == 0)
            {
                return $"'{division}' is not a division of the force; known: none: create the force and its divisions first with `satisfaction force init --code {code} --divisions ...` (or try `satisfaction demo`)";
            }

            var known = string.Join(", ", Ids.Keys.Order(StringComparer.Ordinal));
            return $"'{division}' is not a division of the force; known: {known}; add it with `satisfaction force init --code {code} --divisions ...`";
        }
    }

    private sealed class PhoneCounts
    {
        public long Unusable { get; set; }

        public long Empty { get; set; }
    }
}
