using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Satisfaction.Core;
using Satisfaction.Core.Rates;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Rates;

/// <summary>
/// <c>satisfaction rates</c>: AAPOR outcome rates (RR1-RR6, COOP1-COOP4, REF1-REF3, CON1-CON3, with e and its basis) of
/// every sampled victim case and every released RDD number, per programme and optionally per channel, month or
/// handler, from the dispositions in the store (<see cref="CaseDisposition"/> says which disposition a case counts with).
/// </summary>
/// <remarks>One force's cases and numbers (<see cref="Forces.ForceScope"/>, by default the store's only force).</remarks>
public sealed class ResponseRatesService(SatisfactionDbContext db, Forces.ForceScope? force = null)
{
    private readonly Forces.ForceScope _force = force ?? new Forces.ForceScope(db, (string?)null);
    /// <summary>Programme code used for released RDD numbers when the force has no RDD programme stored.</summary>
    public const string RddProgrammeCode = "rdd_confidence";

    /// <summary>One row per programme and group, ordered by programme then group.</summary>
    /// <param name="grouping">How to split each programme's cases.</param>
    /// <param name="programme">Only this programme (code); null for all.</param>
    /// <param name="e">e for the rates that need it (0 to 1); null to estimate it per row from the cases of known eligibility.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <exception cref="InvalidInputException">An unknown programme, or e outside 0 to 1.</exception>
    public async Task<IReadOnlyList<ResponseRatesRow>> ComputeAsync(RatesGrouping grouping, string? programme, double? e, CancellationToken cancellationToken = default)
    {
        var cases = new List<(string Programme, DateOnly Month, string Code, CaseDisposition.Attempt? By)>();
        var forceId = await _force.ReadIdAsync(cancellationToken).ConfigureAwait(false);
        var programmes = await db.SurveyProgrammes.AsNoTracking().Where(p => p.ForceId == forceId).ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
        var rddCode = programmes.Values.FirstOrDefault(p => p.Kind == ProgrammeKind.PublicConfidence)?.Code ?? RddProgrammeCode;
        var known = programmes.Values.Select(p => p.Code).Append(rddCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (programme is not null && !known.Contains(programme, StringComparer.Ordinal))
        {
            throw new InvalidInputException($"--programme '{programme}' is not a programme of the store; known: {string.Join(", ", known)}");
        }

        if (programme is null || programme != rddCode)
        {
            var victimAttempts = await AttemptsAsync(a => a.SampledCaseId != null, a => a.SampledCaseId!.Value, cancellationToken).ConfigureAwait(false);
            var victims = await (
                from c in db.SampledCases.AsNoTracking()
                join d in db.SampleDraws.AsNoTracking() on c.SampleDrawId equals d.Id
                where c.ForceId == forceId
                select new { c.Id, c.SurveyProgrammeId, d.AsOf, c.FinalDisposition })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var c in victims)
            {
                var code = programmes.TryGetValue(c.SurveyProgrammeId, out var p) ? p.Code : "?";
                if (programme is not null && code != programme)
                {
                    continue;
                }

                var (disposition, by) = CaseDisposition.Decide(c.FinalDisposition, victimAttempts.GetValueOrDefault(c.Id, []));
                cases.Add((code, new DateOnly(c.AsOf.Year, c.AsOf.Month, 1), disposition, by));
            }
        }

        if (programme is null || programme == rddCode)
        {
            var numberAttempts = await AttemptsAsync(a => a.RddNumberId != null, a => a.RddNumberId!.Value, cancellationToken).ConfigureAwait(false);
            var numbers = await (
                from n in db.RddNumbers.AsNoTracking()
                join r in db.RddReplicates.AsNoTracking() on n.RddReplicateId equals r.Id
                where r.ForceId == forceId
                select new { n.Id, r.Month, n.FinalDisposition })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var n in numbers)
            {
                var (disposition, by) = CaseDisposition.Decide(n.FinalDisposition, numberAttempts.GetValueOrDefault(n.Id, []));
                cases.Add((rddCode, n.Month, disposition, by));
            }
        }

        var groupingName = GroupingName(grouping);
        return
        [
            .. cases
                .GroupBy(c => (c.Programme, Group: GroupOf(grouping, c.Programme, c.Month, c.By)))
                .OrderBy(g => g.Key.Programme, StringComparer.Ordinal)
                .ThenBy(g => g.Key.Group, StringComparer.Ordinal)
                .Select(g => new ResponseRatesRow(g.Key.Programme, groupingName, g.Key.Group, g.Count(), OutcomeRates.Compute(DispositionTotals.FromCodes(g.Select(c => c.Code)), e))),
        ];
    }

    /// <summary>The grouping's name as printed and in JSON.</summary>
    public static string GroupingName(RatesGrouping grouping) => grouping.ToString().ToLowerInvariant();

    private static string GroupOf(RatesGrouping grouping, string programme, DateOnly month, CaseDisposition.Attempt? by) => grouping switch
    {
        RatesGrouping.Channel => by?.Channel ?? "none",
        RatesGrouping.Month => month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        RatesGrouping.Handler => by is null ? "(not attempted)" : by.Handler ?? "(" + by.Channel + ")",
        _ => programme,
    };

    private async Task<Dictionary<long, List<CaseDisposition.Attempt>>> AttemptsAsync(
        System.Linq.Expressions.Expression<Func<ContactAttempt, bool>> filter,
        Func<ContactAttempt, long> key,
        CancellationToken cancellationToken)
    {
        var attempts = await db.ContactAttempts.AsNoTracking().Where(filter).ToListAsync(cancellationToken).ConfigureAwait(false);
        return attempts
            .GroupBy(key)
            .ToDictionary(
                g => g.Key,
                g => g.Select(a => new CaseDisposition.Attempt(a.Disposition, a.At, a.Channel == ContactChannel.Sms ? "sms" : "phone", a.Handler)).ToList());
    }
}
