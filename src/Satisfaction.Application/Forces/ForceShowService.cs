using Microsoft.EntityFrameworkCore;
using Satisfaction.Core;
using Satisfaction.Core.Contact;
using Satisfaction.Data;

namespace Satisfaction.Application.Forces;

/// <summary><c>satisfaction force show</c>: a force, its divisions, programmes and settings.</summary>
public sealed class ForceShowService(SatisfactionDbContext db)
{
    /// <summary>The force <paramref name="code"/>, or the store's only force when null.</summary>
    /// <exception cref="InvalidInputException">No such force; no force at all; several forces and no code.</exception>
    public async Task<ForceView> GetAsync(string? code, CancellationToken cancellationToken = default)
    {
        var forces = await db.Forces.AsNoTracking().OrderBy(f => f.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        var force = code is null
            ? forces.Count switch
            {
                0 => throw new InvalidInputException("the store has no force yet; create one with `satisfaction force init --code CODE --name NAME --divisions A,B` (or `satisfaction demo`)."),
                1 => forces[0],
                _ => throw new InvalidInputException($"the store has several forces ({string.Join(", ", forces.Select(f => f.Code))}); give --code."),
            }
            : forces.FirstOrDefault(f => string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase))
              ?? throw new InvalidInputException($"no force '{code}' in the store; known: {(forces.Count == 0 ? "none" : string.Join(", ", forces.Select(f => f.Code)))}.");
        var divisions = await db.Divisions.AsNoTracking().Where(d => d.ForceId == force.Id).OrderBy(d => d.Code)
            .Select(d => new ForceView.DivisionView(d.Code, d.Name, db.RecordedCrimes.Count(r => r.DivisionId == d.Id)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var programmes = await db.SurveyProgrammes.AsNoTracking().Where(p => p.ForceId == force.Id).OrderBy(p => p.Code)
            .Select(p => p.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        var settings = ForceSettings.Read(force.SettingsJson);
        return new ForceView(force.Code, force.Name, force.TimeZoneId, divisions, programmes, settings.MsgPeers,
            settings.ContactHours with { TimeZone = force.TimeZoneId }, settings.ProgrammesPath,
            settings.BankHolidays is null ? null : settings.BankHolidaysSource ?? "(given)",
            (settings.BankHolidays ?? BankHolidayFile.Shipped()).Count);
    }
}
