using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Data.Entities;
using Satisfaction.Demo.Synthetic;

namespace Satisfaction.Demo.Pipeline;

/// <summary>
/// Generates the synthetic recorded crime (the fieldwork years and the 12 weeks before) and stores the records not already present (idempotent on crime_ref),
/// with each new victim's contact details, in one transaction; writes an audit-log line.
/// </summary>
public sealed class StoreDemoCrimesStep : IDemoStep
{
    /// <inheritdoc />
    public string Name => "recorded crime";

    /// <inheritdoc />
    public async Task<DemoStepResult?> RunAsync(DemoRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var db = run.Db;
        var request = run.Request;
        var now = run.Time.GetUtcNow();
        var divisions = await db.Divisions.Where(d => d.ForceId == run.ForceId)
            .ToDictionaryAsync(d => d.Code, d => d.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var existingRefs = (await db.RecordedCrimes.Where(c => c.ForceId == run.ForceId && c.CrimeRef.StartsWith("DM/")).Select(c => c.CrimeRef)
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var knownVictims = (await db.VictimContacts.Where(v => v.ForceId == run.ForceId).Select(v => v.VictimId)
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);

        var options = new DemoDataOptions { Seed = request.Seed, AsOf = request.AsOf, RecordsPerYear = request.RecordsPerYear, Days = request.CrimeDays };
        int added = 0, present = 0, contacts = 0;
        var previousDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            foreach (var record in DemoCrimeGenerator.Generate(options))
            {
                if (!existingRefs.Add(record.CrimeRef))
                {
                    present++;
                    continue;
                }

                db.RecordedCrimes.Add(ToEntity(record, run.ForceId, divisions[record.Division], now, request.Seed));
                added++;
                if (knownVictims.Add(record.VictimId))
                {
                    db.VictimContacts.Add(new VictimContact { ForceId = run.ForceId, VictimId = record.VictimId, PhoneE164 = record.PhoneE164, Name = record.VictimName, UpdatedAt = now });
                    contacts++;
                }
            }

            db.AuditLog.Add(new AuditLogEntry
            {
                At = now,
                Actor = "cli:demo",
                Action = "demo.generate",
                Subject = "force:" + DemoForce.Code,
                Details = string.Create(CultureInfo.InvariantCulture, $$"""{"seed":{{request.Seed}},"as_of":"{{request.AsOf:yyyy-MM-dd}}","added":{{added}},"already_present":{{present}}}"""),
            });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        db.ChangeTracker.AutoDetectChangesEnabled = previousDetect;
        db.ChangeTracker.Clear();
        return new DemoStepResult(Name, string.Create(
            CultureInfo.InvariantCulture,
            $"{request.AsOf.AddDays(-request.CrimeDays):yyyy-MM-dd} to {request.AsOf.AddDays(-1):yyyy-MM-dd}: added {added} records ({present} already present), {contacts} new victim contacts"));
    }

    private static RecordedCrime ToEntity(DemoCrimeRecord record, int forceId, int divisionId, DateTimeOffset now, long seed) => new()
    {
        ForceId = forceId,
        CrimeRef = record.CrimeRef,
        RecordedAt = record.RecordedAt.ToUniversalTime(),
        RecordedDate = DateOnly.FromDateTime(record.RecordedAt.DateTime),
        OffenceCode = record.OffenceCode,
        IncidentType = record.IncidentType,
        DivisionId = divisionId,
        VictimId = record.VictimId,
        VictimType = record.VictimType,
        VictimAge = record.VictimAge,
        VictimDateOfBirth = record.VictimDateOfBirth,
        LocationId = record.LocationId,
        Flags = record.Flags,
        FirstImportedAt = now,
        UpdatedAt = now,
        SourceFile = string.Create(CultureInfo.InvariantCulture, $"demo:seed={seed}"),
        SourceLine = 0,
    };
}
