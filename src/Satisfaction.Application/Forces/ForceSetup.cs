using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using Satisfaction.Application.Sampling;
using Satisfaction.Core;
using Satisfaction.Core.Contact;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Sampling;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Forces;

/// <summary>
/// <c>satisfaction force init</c>: creates or updates a force, its divisions and its programmes (<c>uss</c>,
/// <c>asb</c> from the programmes folder, and <c>rdd_confidence</c>) in one transaction. Idempotent: the same
/// definition again changes nothing. A division that is dropped from the list is removed only when no record or
/// case refers to it; otherwise the whole call is refused and nothing changes. The demo uses it too. When given the
/// process's <see cref="ForceContactWindows"/>, it makes it read the new contact hours at once.
/// </summary>
public sealed partial class ForceSetup(SatisfactionDbContext db, TimeProvider time, IOptions<SamplingOptions> sampling, ForceContactWindows? contactWindows = null)
{
    /// <summary>Code of the public-confidence programme every force gets (no programme file: RDD has no eligibility rules).</summary>
    public const string RddProgramme = "rdd_confidence";

    /// <summary>Sets the force up as <paramref name="definition"/> says; returns what changed.</summary>
    /// <exception cref="InvalidInputException">A bad code, name, division list, time zone or hours; a removed division that has records; a bad programmes folder.</exception>
    public Task<ForceSetupResult> EnsureAsync(ForceDefinition definition, CancellationToken cancellationToken = default) =>
        EnsureAsync(definition, null, cancellationToken);

    /// <summary>
    /// Sets the force up with <paramref name="programmes"/> already loaded (the demo passes its own), or, when null,
    /// those of the definition's programmes folder, else <c>Sampling:ProgrammesPath</c>.
    /// </summary>
    /// <exception cref="InvalidInputException">As <see cref="EnsureAsync(ForceDefinition, CancellationToken)"/>.</exception>
    public async Task<ForceSetupResult> EnsureAsync(ForceDefinition definition, IReadOnlyList<SamplingProgramme>? programmes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        definition = Normalised(definition);
        Check(definition);
        programmes ??= ProgrammeCatalog.Load(definition.ProgrammesPath ?? sampling.Value.ProgrammesPath ?? ProgrammeCatalog.DefaultFolder);

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var changes = new List<string>();
            var force = await db.Forces.SingleOrDefaultAsync(f => f.Code == definition.Code, cancellationToken).ConfigureAwait(false);
            if (force is null)
            {
                force = new Force { Code = definition.Code, Name = definition.Name, CreatedAt = time.GetUtcNow() };
                db.Forces.Add(force);
                changes.Add($"created force {definition.Code} ({definition.Name})");
            }
            else if (!string.Equals(force.Name, definition.Name, StringComparison.Ordinal))
            {
                changes.Add($"renamed force {definition.Code} from '{force.Name}' to '{definition.Name}'");
                force.Name = definition.Name;
            }

            if (definition.TimeZone is { } zone && !string.Equals(force.TimeZoneId, zone, StringComparison.Ordinal))
            {
                if (force.Id != 0)
                {
                    changes.Add($"time zone {force.TimeZoneId} -> {zone}");
                }

                force.TimeZoneId = zone;
            }

            var settings = ForceSettings.Read(force.SettingsJson);
            var updated = settings with
            {
                MsgPeers = definition.MsgPeers ?? settings.MsgPeers,
                ContactHours = (definition.ContactHours ?? settings.ContactHours) with { TimeZone = force.TimeZoneId },
                ProgrammesPath = definition.ProgrammesPath ?? settings.ProgrammesPath,
                BankHolidays = definition.BankHolidays ?? settings.BankHolidays,
                BankHolidaysSource = definition.BankHolidays is null ? settings.BankHolidaysSource : definition.BankHolidaysSource,
            };
            var json = updated.Write();
            if (!string.Equals(json, force.SettingsJson, StringComparison.Ordinal))
            {
                if (force.Id != 0 && force.SettingsJson != "{}")
                {
                    changes.Add("updated settings (MSG peers, contact hours, bank holidays, programmes folder)");
                }

                force.SettingsJson = json;
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await DivisionsAsync(force, definition.Divisions, changes, cancellationToken).ConfigureAwait(false);
            await ProgrammesAsync(force, programmes, changes, cancellationToken).ConfigureAwait(false);
            if (changes.Count > 0)
            {
                db.AuditLog.Add(new AuditLogEntry
                {
                    At = time.GetUtcNow(),
                    Actor = "force-init",
                    Action = "force.init",
                    Subject = "force:" + force.Code,
                    Details = Truncate(string.Join("; ", changes), 4000),
                });
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            contactWindows?.Invalidate();
            return new ForceSetupResult(force.Id, force.Code, changes);
        }).ConfigureAwait(false);
    }

    /// <summary>Upper-case codes, trimmed names, a division's code as its name when it has none.</summary>
    private static ForceDefinition Normalised(ForceDefinition d) => d with
    {
        Code = (d.Code ?? string.Empty).Trim().ToUpperInvariant(),
        Name = (d.Name ?? string.Empty).Trim(),
        Divisions = [.. (d.Divisions ?? []).Select(v => new DivisionDefinition(
            (v.Code ?? string.Empty).Trim().ToUpperInvariant(),
            string.IsNullOrWhiteSpace(v.Name) ? (v.Code ?? string.Empty).Trim().ToUpperInvariant() : v.Name.Trim()))],
    };

    private static void Check(ForceDefinition d)
    {
        if (!CodePattern().IsMatch(d.Code))
        {
            throw new InvalidInputException($"force code '{d.Code}' must be 1 to 16 of A-Z, 0-9, _ and - (e.g. LANCS).");
        }

        if (d.Name.Length is 0 or > 100)
        {
            throw new InvalidInputException("the force name must be 1 to 100 characters (e.g. \"Lancashire Constabulary\").");
        }

        if (d.Divisions.Count == 0)
        {
            throw new InvalidInputException("a force needs at least one division (e.g. --divisions EAST,SOUTH,WEST).");
        }

        foreach (var v in d.Divisions)
        {
            if (!CodePattern().IsMatch(v.Code))
            {
                throw new InvalidInputException($"division code '{v.Code}' must be 1 to 16 of A-Z, 0-9, _ and -.");
            }

            if (v.Name.Length > 100)
            {
                throw new InvalidInputException($"the name of division {v.Code} is longer than 100 characters.");
            }
        }

        if (d.Divisions.GroupBy(v => v.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidInputException($"division {twice.Key} is listed twice.");
        }

        if (d.TimeZone is { } zone && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
        {
            throw new InvalidInputException($"time zone '{zone}' is not a tz database id (e.g. Europe/London).");
        }

        if (d.ContactHours?.Validate() is { Count: > 0 } problems)
        {
            throw new InvalidInputException("contact hours: " + string.Join("; ", problems));
        }

        if (d.BankHolidays?.Select(BankHolidayCalendar.CheckChange).FirstOrDefault(p => p is not null) is { } holiday)
        {
            throw new InvalidInputException($"bank holidays ({d.BankHolidaysSource ?? "given"}): {holiday}.");
        }

        if (d.MsgPeers?.FirstOrDefault(p => !CodePattern().IsMatch(p)) is { } peer)
        {
            throw new InvalidInputException($"MSG peer force code '{peer}' must be 1 to 16 of A-Z, 0-9, _ and -.");
        }
    }

    private async Task DivisionsAsync(Force force, IReadOnlyList<DivisionDefinition> wanted, List<string> changes, CancellationToken cancellationToken)
    {
        var existing = await db.Divisions.Where(d => d.ForceId == force.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = wanted.Select(w => w.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in existing.Where(e => !names.Contains(e.Code)))
        {
            var records = await db.RecordedCrimes.CountAsync(r => r.DivisionId == gone.Id, cancellationToken).ConfigureAwait(false);
            var cases = await db.SampledCases.CountAsync(c => c.DivisionId == gone.Id, cancellationToken).ConfigureAwait(false);
            if (records + cases > 0)
            {
                throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture,
                    $"division {gone.Code} of {force.Code} cannot be removed: {records} recorded crime(s) and {cases} sampled case(s) refer to it; keep it in the list (nothing was changed)."));
            }

            db.Divisions.Remove(gone);
            changes.Add($"removed division {gone.Code}");
        }

        foreach (var w in wanted)
        {
            var division = existing.FirstOrDefault(e => e.Code == w.Code);
            if (division is null)
            {
                db.Divisions.Add(new Division { ForceId = force.Id, Code = w.Code, Name = w.Name });
                changes.Add($"added division {w.Code}");
            }
            else if (!string.Equals(division.Name, w.Name, StringComparison.Ordinal))
            {
                changes.Add($"renamed division {w.Code} to '{w.Name}'");
                division.Name = w.Name;
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task ProgrammesAsync(Force force, IReadOnlyList<SamplingProgramme> programmes, List<string> changes, CancellationToken cancellationToken)
    {
        var existing = await db.SurveyProgrammes.Where(p => p.ForceId == force.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var wanted = programmes.Select(p => new SurveyProgramme
        {
            ForceId = force.Id,
            Code = p.Id,
            Name = ProgrammeName(p),
            Kind = IsAsb(p) ? ProgrammeKind.AntiSocialBehaviour : ProgrammeKind.UserSatisfaction,
            UserGroups = [.. p.UserGroups.Select(g => g.Id)],
            QuestionnaireId = p.Id,
        }).Append(new SurveyProgramme
        {
            ForceId = force.Id,
            Code = RddProgramme,
            Name = "Public confidence (random digit dialling)",
            Kind = ProgrammeKind.PublicConfidence,
            UserGroups = [],
            QuestionnaireId = Ringback.RingbackQueueBuilder.RddQuestionnaire,
        });
        foreach (var w in wanted)
        {
            var p = existing.FirstOrDefault(e => e.Code == w.Code);
            if (p is null)
            {
                db.SurveyProgrammes.Add(w);
                changes.Add("programme " + w.Code);
            }
            else if (!p.UserGroups.SequenceEqual(w.UserGroups, StringComparer.Ordinal))
            {
                p.UserGroups = w.UserGroups;
                changes.Add($"programme {w.Code}: user groups {string.Join(", ", w.UserGroups)}");
            }
            else if (w.Kind == ProgrammeKind.PublicConfidence && !string.Equals(p.QuestionnaireId, w.QuestionnaireId, StringComparison.Ordinal))
            {
                // Stores set up before this fix named the programme code instead of the questionnaire (rdd-confidence),
                // and the ring-back desk could not find the RDD script.
                p.QuestionnaireId = w.QuestionnaireId;
                changes.Add($"programme {w.Code}: questionnaire {w.QuestionnaireId}");
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static bool IsAsb(SamplingProgramme p) => p.UserGroups.All(g => g.IncidentTypes.All(t => t == IncidentType.Asb));

    private static string ProgrammeName(SamplingProgramme p) => IsAsb(p)
        ? "Anti-social behaviour satisfaction"
        : $"User satisfaction ({string.Join(", ", p.UserGroups.Select(g => g.Id))})";

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    [GeneratedRegex("^[A-Z0-9_-]{1,16}$")]
    private static partial Regex CodePattern();
}
