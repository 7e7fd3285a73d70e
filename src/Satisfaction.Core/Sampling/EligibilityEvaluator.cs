using System.Globalization;
using Satisfaction.Core.Crimes;

namespace Satisfaction.Core.Sampling;

/// <summary>
/// Applies programmes' rules to records. A record belongs to the first programme (in the order given) with a user
/// group that matches it, and within it to the first matching group (file order: the default files list
/// <c>hate</c> first, so a hate-flagged burglary is interviewed as hate). Then, in order: the fieldwork window and
/// the programme's exclusion list (see <see cref="ReasonCodes"/> for the precedence).
/// </summary>
/// <remarks>Not thread-safe (it shares outcome objects through a cache); use one instance per thread.</remarks>
public sealed class EligibilityEvaluator
{
    private readonly IReadOnlyList<SamplingProgramme> _programmes;

    // Outcomes are immutable and shared: one per (group, reason), so evaluating a million records allocates none.
    private readonly Dictionary<(object? Group, string? Reason), EligibilityOutcome> _outcomes = new(OutcomeKeyComparer.Instance);

    /// <summary>Creates an evaluator over one or more programmes (matching order = list order).</summary>
    public EligibilityEvaluator(IReadOnlyList<SamplingProgramme> programmes)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        _programmes = programmes;
    }

    /// <summary>The programmes in matching order.</summary>
    public IReadOnlyList<SamplingProgramme> Programmes => _programmes;

    /// <summary>The verdict for one record at the context's date (fast path: stops at the first failing rule).</summary>
    public EligibilityOutcome Evaluate(IncidentRecord record, EligibilityContext context)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(context);
        var (programme, group) = Match(record);
        if (programme is null || group is null)
        {
            return Outcome(null, null, ReasonCodes.NotInScope);
        }

        if (programme.Window.Compare(record.ReportDate, context.AsOf) != 0)
        {
            return Outcome(programme, group, ReasonCodes.OutsideWindow);
        }

        foreach (var rule in programme.Exclusions)
        {
            if (Fails(rule, record, programme, context) is { } reason)
            {
                return Outcome(programme, group, reason);
            }
        }

        return Outcome(programme, group, null);
    }

    /// <summary>The verdict with every rule checked and what it compared, for <c>sample explain</c>.</summary>
    public EligibilityExplanation Explain(IncidentRecord record, EligibilityContext context)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(context);
        var inv = CultureInfo.InvariantCulture;
        var checks = new List<RuleCheck>();
        var (programme, group) = Match(record);
        var scopeDetail = group is null
            ? $"no user group takes {EnumCodes.ToCode(record.IncidentType)} offence '{record.OffenceCode}' with flags [{CrimeFlagsText.Format(record.Flags)}]"
            : $"programme {programme!.Id}, user group {group.Id} (questionnaire {group.Questionnaire})";
        checks.Add(new RuleCheck(ReasonCodes.NotInScope, group is not null, scopeDetail));
        if (programme is null || group is null)
        {
            return new EligibilityExplanation(record.CrimeRef, Evaluate(record, context), checks);
        }

        var w = programme.Window;
        checks.Add(new RuleCheck(
            ReasonCodes.OutsideWindow,
            w.Compare(record.ReportDate, context.AsOf) == 0,
            string.Create(inv, $"report date {record.ReportDate:yyyy-MM-dd}; window at {context.AsOf:yyyy-MM-dd} is {w.Earliest(context.AsOf):yyyy-MM-dd} to {w.Latest(context.AsOf):yyyy-MM-dd}")));
        foreach (var rule in programme.Exclusions)
        {
            var reason = Fails(rule, record, programme, context);
            checks.Add(new RuleCheck(reason ?? rule, reason is null, Describe(rule, record, programme, context)));
        }

        return new EligibilityExplanation(record.CrimeRef, Evaluate(record, context), checks);
    }

    private EligibilityOutcome Outcome(SamplingProgramme? programme, UserGroupDefinition? group, string? reason)
    {
        if (!_outcomes.TryGetValue((group, reason), out var outcome))
        {
            outcome = new EligibilityOutcome(programme, group, reason);
            _outcomes[(group, reason)] = outcome;
        }

        return outcome;
    }

    private (SamplingProgramme? Programme, UserGroupDefinition? Group) Match(IncidentRecord record)
    {
        foreach (var programme in _programmes)
        {
            if (programme.GroupFor(record) is { } group)
            {
                return (programme, group);
            }
        }

        return (null, null);
    }

    private static string? Fails(string rule, IncidentRecord r, SamplingProgramme p, EligibilityContext c) => rule switch
    {
        ReasonCodes.OrganisationVictim => r.VictimType == VictimType.Organisation ? rule : null,
        ReasonCodes.Deceased => r.Has(CrimeFlags.Deceased) ? rule : null,
        ReasonCodes.PoliceVictimOnDuty => r.Has(CrimeFlags.PoliceVictimOnDuty) ? rule : null,
        ReasonCodes.DomesticAbuse => r.Has(CrimeFlags.DomesticAbuse) ? rule : null,
        ReasonCodes.SexualOffence => r.Has(CrimeFlags.SexualOffence) ? rule : null,
        ReasonCodes.UnderAge => r.Age is not { } age ? ReasonCodes.AgeUnknown : age < p.MinimumAge ? rule : null,
        ReasonCodes.Suspect => r.Has(CrimeFlags.Suspect) ? rule : null,
        ReasonCodes.DoNotContact => r.Has(CrimeFlags.DoNotContact) || c.OptedOutVictimIds.Contains(r.VictimId) ? rule : null,
        ReasonCodes.SampledRecently => SampledWithin(r, p, c) is not null ? rule : null,
        ReasonCodes.NoPhone => r.HasUsablePhone ? null : rule,
        ReasonCodes.Vulnerable => r.Has(CrimeFlags.Vulnerable) ? rule : null,
        _ => throw new InvalidOperationException($"Unknown exclusion rule '{rule}'."),
    };

    private static DateOnly? SampledWithin(IncidentRecord r, SamplingProgramme p, EligibilityContext c) =>
        r.VictimId.Length > 0 && c.LastSampledOn.TryGetValue(r.VictimId, out var last) && last > c.AsOf.AddMonths(-p.RepeatContactMonths)
            ? last
            : null;

    private static string Describe(string rule, IncidentRecord r, SamplingProgramme p, EligibilityContext c)
    {
        var inv = CultureInfo.InvariantCulture;
        return rule switch
        {
            ReasonCodes.OrganisationVictim => $"victim type {EnumCodes.ToCode(r.VictimType)}",
            ReasonCodes.UnderAge => r.Age is { } age
                ? string.Create(inv, $"age {age}, minimum {p.MinimumAge}")
                : string.Create(inv, $"age unknown, minimum {p.MinimumAge}"),
            ReasonCodes.DoNotContact => r.Has(CrimeFlags.DoNotContact)
                ? "do_not_contact flag set"
                : c.OptedOutVictimIds.Contains(r.VictimId) ? "victim opted out" : "no do_not_contact flag, not opted out",
            ReasonCodes.SampledRecently => SampledWithin(r, p, c) is { } last
                ? string.Create(inv, $"victim sampled on {last:yyyy-MM-dd}, within {p.RepeatContactMonths} months of {c.AsOf:yyyy-MM-dd}")
                : string.Create(inv, $"victim not sampled within {p.RepeatContactMonths} months"),
            ReasonCodes.NoPhone => r.HasUsablePhone ? "usable phone on record" : "no usable phone on record",
            _ => Fails(rule, r, p, c) is null ? $"no {rule} flag" : $"{rule} flag set",
        };
    }

    private sealed class OutcomeKeyComparer : IEqualityComparer<(object? Group, string? Reason)>
    {
        public static readonly OutcomeKeyComparer Instance = new();

        public bool Equals((object? Group, string? Reason) x, (object? Group, string? Reason) y) =>
            ReferenceEquals(x.Group, y.Group) && string.Equals(x.Reason, y.Reason, StringComparison.Ordinal);

        public int GetHashCode((object? Group, string? Reason) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Group), obj.Reason?.Length ?? -1, obj.Reason is { Length: > 0 } r ? r[0] : '\0');
    }
}
