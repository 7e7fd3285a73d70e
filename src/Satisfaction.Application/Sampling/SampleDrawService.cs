using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Core;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Sampling;
using Satisfaction.Data;
using Satisfaction.Data.Entities;
using CoreOutcome = Satisfaction.Core.Sampling.ConsiderationOutcome;
using StoreOutcome = Satisfaction.Data.Entities.ConsiderationOutcome;

namespace Satisfaction.Application.Sampling;

/// <summary>
/// The weekly draw use case: in one transaction holding the force's write lock (on SQLite the store's; on
/// PostgreSQL draws of different forces run at the same time, see <see cref="StoreTransactions.BeginForceWriteAsync"/>), reads the records the draw may
/// consider (not the whole store: <see cref="SamplingStoreReader.LoadForDrawAsync"/>), their victims' earlier samples
/// and opt-outs, draws (<see cref="SampleDrawer"/>), and stores the draw with its seed and parameters, every
/// consideration and every sampled case.
/// </summary>
public sealed class SampleDrawService(SatisfactionDbContext db, TimeProvider time, Forces.ForceScope? force = null)
{
    private readonly Forces.ForceScope _force = force ?? new Forces.ForceScope(db, (string?)null);

    /// <summary>The default seed for a date: its digits yyyyMMdd (2026-11-30 gives 20261130), so a run can be repeated.</summary>
    public static long SeedFor(DateOnly asOf) =>
        long.Parse(asOf.ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>
    /// The default seed of a force's draw on a date. The store's first force (lowest key: the one set up first, so
    /// every single-force store) keeps <see cref="SeedFor(DateOnly)"/> (yyyyMMdd). Every other force gets
    /// yyyyMMdd x 10 000 + (FNV-1a 32-bit hash of its upper-case code's ASCII bytes mod 10 000), e.g. OTHER on
    /// 2026-11-30: 202611309125, so two forces' draws of the same week do not share a random stream.
    /// </summary>
    /// <param name="asOf">The draw's as-of date.</param>
    /// <param name="forceCode">The force's code (A-Z 0-9 _ -).</param>
    /// <param name="firstForce">Whether the force is the store's first (lowest key).</param>
    public static long SeedFor(DateOnly asOf, string forceCode, bool firstForce)
    {
        ArgumentNullException.ThrowIfNull(forceCode);
        if (firstForce)
        {
            return SeedFor(asOf);
        }

        var hash = 2166136261u;
        foreach (var c in forceCode.ToUpperInvariant())
        {
            hash = unchecked((hash ^ (byte)c) * 16777619u);
        }

        return SeedFor(asOf) * 10_000 + hash % 10_000;
    }

    /// <summary>The code stored for a selection method: srs, systematic or poisson.</summary>
    public static string SelectionCode(SelectionMethod method) => method switch
    {
        SelectionMethod.SimpleRandom => "srs",
        SelectionMethod.Systematic => "systematic",
        _ => "poisson",
    };

    /// <summary>
    /// Draws; writes nothing when <see cref="SampleRunRequest.DryRun"/> is set. The store is read and written in one
    /// transaction that holds the write lock from the start, so a second draw at the same time waits for this one
    /// (and then considers only what this one left), or, after the store's busy timeout, is refused with a message.
    /// </summary>
    /// <exception cref="InvalidInputException">No programme was given, or another writer held the store too long.</exception>
    public async Task<SampleRunResult> RunAsync(SampleRunRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Programmes.Count == 0)
        {
            throw new InvalidInputException("no sampling programme to draw for.");
        }

        var force = await _force.GetAsync(cancellationToken).ConfigureAwait(false);
        var forceId = force.Id;
        var seed = request.Seed
            ?? SeedFor(request.AsOf, force.Code, await db.Forces.MinAsync(f => f.Id, cancellationToken).ConfigureAwait(false) == forceId);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            var transaction = await db.Database.BeginForceWriteAsync("the weekly draw", forceId, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var (records, considered) = await SamplingStoreReader.LoadForDrawAsync(db, forceId, request.AsOf, request.Programmes, cancellationToken).ConfigureAwait(false);
                var victims = records.Where(r => !considered.Contains(r.CrimeRef)).Select(r => r.VictimId).ToHashSet(StringComparer.Ordinal);
                var context = await SamplingStoreReader.LoadContextAsync(db, forceId, request.AsOf, null, cancellationToken, victims).ConfigureAwait(false);
                var draw = SampleDrawer.Draw(new DrawRequest(records, request.Programmes, context, considered, seed));
                if (request.DryRun)
                {
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    return new SampleRunResult(null, seed, request.Seed is null, draw);
                }

                var drawId = await StoreAsync(forceId, request, draw, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                db.ChangeTracker.Clear();
                return new SampleRunResult(drawId, seed, request.Seed is null, draw);
            }
        }).ConfigureAwait(false);
    }

    private async Task<long> StoreAsync(int forceId, SampleRunRequest request, DrawResult draw, CancellationToken cancellationToken)
    {
        var programmeIds = await EnsureProgrammesAsync(forceId, request.Programmes, cancellationToken).ConfigureAwait(false);
        var divisionIds = await db.Divisions.AsNoTracking().Where(d => d.ForceId == forceId).GroupBy(d => d.Code).Select(g => new { g.Key, Id = g.Min(d => d.Id) })
            .ToDictionaryAsync(x => x.Key, x => x.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var methods = request.Programmes.Select(p => EnumCodes.ToCode(p.Allocation.Method)).Distinct(StringComparer.Ordinal).ToList();
        var selections = request.Programmes.Select(p => SelectionCode(p.Selection)).Distinct(StringComparer.Ordinal).ToList();
        var entity = new SampleDraw
        {
            ForceId = forceId,
            ProgrammeCodes = [.. request.Programmes.Select(p => p.Id)],
            AsOf = draw.AsOf,
            Seed = draw.Seed,
            WindowStart = request.Programmes.Min(p => p.Window.Earliest(draw.AsOf)),
            WindowEnd = request.Programmes.Max(p => p.Window.Latest(draw.AsOf)),
            AllocationMethod = methods.Count == 1 ? methods[0] : "mixed",
            SelectionMethod = selections.Count == 1 ? selections[0] : "mixed",
            ParametersJson = ParametersJson(request.Programmes),
            CreatedAt = time.GetUtcNow(),

            // A draw that considered nothing is kept so its week counts as drawn, but never as a week's sample.
            Status = draw.Considerations.Count == 0 ? SampleDrawStatus.Empty : SampleDrawStatus.Completed,
        };
        db.SampleDraws.Add(entity);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.DrawConsiderations.AddRange(draw.Considerations.Select(c => new DrawConsideration
            {
                ForceId = forceId,
                SampleDrawId = entity.Id,
                CrimeRef = c.CrimeRef,
                Outcome = c.Outcome switch
                {
                    CoreOutcome.Sampled => StoreOutcome.Sampled,
                    CoreOutcome.NotSampled => StoreOutcome.NotSampled,
                    _ => StoreOutcome.Excluded,
                },
                ReasonCode = c.Reason,
                Stratum = c.Stratum,
                InclusionProbability = c.InclusionProbability,
                AsbRepeatLocation = c.AsbRepeatLocation,
            }));
            db.SampledCases.AddRange(draw.Sampled.Select(s => new SampledCase
            {
                ForceId = forceId,
                SampleDrawId = entity.Id,
                CrimeRef = s.CrimeRef,
                VictimId = s.VictimId,
                SurveyProgrammeId = programmeIds[s.Programme],
                UserGroup = s.UserGroup,
                DivisionId = divisionIds.TryGetValue(s.Division, out var id)
                    ? id
                    : throw new InvalidOperationException($"Division '{s.Division}' of {s.CrimeRef} is not in the store."),
                Stratum = s.Stratum,
                InclusionProbability = s.InclusionProbability,
                DesignWeight = s.DesignWeight,
                AsbRepeatLocation = s.AsbRepeatLocation,
                Status = CaseStatus.Pending,
            }));
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        return entity.Id;
    }

    private async Task<Dictionary<string, int>> EnsureProgrammesAsync(int forceId, IReadOnlyList<SamplingProgramme> programmes, CancellationToken cancellationToken)
    {
        var codes = programmes.Select(p => p.Id).ToList();
        var existing = await db.SurveyProgrammes.Where(p => p.ForceId == forceId && codes.Contains(p.Code))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var missing = programmes.Where(p => !existing.Any(e => e.Code == p.Id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var p in missing)
            {
                var entity = new SurveyProgramme
                {
                    ForceId = forceId,
                    Code = p.Id,
                    Name = p.Id,
                    Kind = p.UserGroups.All(g => g.IncidentTypes.All(t => t == IncidentType.Asb)) ? ProgrammeKind.AntiSocialBehaviour : ProgrammeKind.UserSatisfaction,
                    UserGroups = [.. p.UserGroups.Select(g => g.Id)],
                    QuestionnaireId = p.UserGroups[0].Questionnaire,
                };
                db.SurveyProgrammes.Add(entity);
                existing.Add(entity);
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return existing.ToDictionary(e => e.Code, e => e.Id, StringComparer.Ordinal);
    }

    private static string ParametersJson(IReadOnlyList<SamplingProgramme> programmes) =>
        JsonSerializer.Serialize(programmes.Select(p => new
        {
            id = p.Id,
            groups = p.UserGroups.Select(g => new { id = g.Id, questionnaire = g.Questionnaire }),
            window_days = new[] { p.Window.MinDays, p.Window.MaxDays },
            minimum_age = p.MinimumAge,
            repeat_contact_months = p.RepeatContactMonths,
            exclusions = p.Exclusions,
            strata = p.Strata.Select(s => EnumCodes.ToCode(s)),
            selection = SelectionCode(p.Selection),
            allocation = new
            {
                method = EnumCodes.ToCode(p.Allocation.Method),
                sample_size = p.Allocation.SampleSize,
                expected_proportion = p.Allocation.DefaultExpectedProportion,
                expected_proportions = p.Allocation.ExpectedProportions.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value),
                target_half_width = p.Allocation.TargetHalfWidth,
                confidence_level = p.Allocation.ConfidenceLevel,
                response_rate = p.Allocation.ResponseRate,
                design_effect = p.Allocation.DesignEffect,
                draws_per_year = p.Allocation.DrawsPerYear,
                max_per_stratum = p.Allocation.MaxPerStratum,
                max_per_draw = p.Allocation.MaxPerDraw,
            },
        }));
}
