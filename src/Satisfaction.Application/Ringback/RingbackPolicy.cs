using Microsoft.Extensions.Options;
using Satisfaction.Application.Rdd;
using Satisfaction.Core;
using Satisfaction.Core.Contact;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Fieldwork;
using Satisfaction.Core.Rdd;

namespace Satisfaction.Application.Ringback;

/// <summary>
/// The ring-back rules of this process, built once from <see cref="RingbackOptions"/>: the re-call table with the
/// configured changes, a planner per case kind, the lock time and the household selection; the calling hours come
/// from the windows source at each use (the force's stored hours in the service).
/// </summary>
public sealed class RingbackPolicy
{
    private readonly IContactWindowsSource windowsSource;
    private readonly RecallOptions victimOptions;
    private readonly RecallOptions rddOptions;
    private readonly Lock gate = new();
    private (ContactWindows Windows, RecallPlanner Victim, RecallPlanner Rdd)? planners;

    /// <summary>Builds the policy with fixed calling hours.</summary>
    /// <exception cref="InvalidInputException">A setting is unusable; the message names the key.</exception>
    public RingbackPolicy(IOptions<RingbackOptions> options, IOptions<RddOptions> rdd, ContactWindows windows)
        : this(options, rdd, new FixedContactWindows(windows))
    {
    }

    /// <summary>Builds the policy with the calling hours of <paramref name="windows"/>, asked at each use.</summary>
    /// <exception cref="InvalidInputException">A setting is unusable; the message names the key.</exception>
    public RingbackPolicy(IOptions<RingbackOptions> options, IOptions<RddOptions> rdd, IContactWindowsSource windows)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rdd);
        ArgumentNullException.ThrowIfNull(windows);
        var o = options.Value;
        Options = o;
        windowsSource = windows;
        Rules = BuildRules(o.Rules);
        var gap = TimeSpan.FromMinutes(o.MinimumGapMinutes);
        victimOptions = new RecallOptions { MaxAttempts = o.MaxAttempts, MinimumGap = gap };
        rddOptions = new RecallOptions { MaxAttempts = rdd.Value.MaxCallAttempts, MinimumGap = gap };
        foreach (var recall in new[] { victimOptions, rddOptions })
        {
            if (recall.Validate() is { Count: > 0 } problems)
            {
                throw new InvalidInputException("Re-call options: " + string.Join("; ", problems));
            }
        }

        LockDuration = TimeSpan.FromMinutes(o.LockMinutes);
        Selection = ParseSelection(o.HouseholdSelection)
            ?? throw new InvalidInputException($"Ringback:HouseholdSelection '{o.HouseholdSelection}' is not next_birthday or kish_grid.");
    }

    /// <summary>The settings.</summary>
    public RingbackOptions Options { get; }

    /// <summary>The re-call table in force.</summary>
    public RecallRules Rules { get; }

    /// <summary>Calling hours and bank holidays (phone channel) in force now.</summary>
    public ContactWindows Windows => windowsSource.Current;

    /// <summary>How long a lock lasts without a key.</summary>
    public TimeSpan LockDuration { get; }

    /// <summary>Within-household selection of RDD interviews: <see cref="HouseholdSelectionMethod.NextBirthdayReported"/> or <see cref="HouseholdSelectionMethod.KishGrid"/>.</summary>
    public HouseholdSelectionMethod Selection { get; }

    /// <summary>An instant in the calling hours' local time (UK), for screens and notes.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant) => NodaTime.Instant.FromDateTimeOffset(instant).InZone(Windows.Zone).ToDateTimeOffset();

    /// <summary>Monday 00:00 (UK) of the week holding <paramref name="instant"/>, as an instant.</summary>
    public DateTimeOffset StartOfWeek(DateTimeOffset instant)
    {
        var date = NodaTime.Instant.FromDateTimeOffset(instant).InZone(Windows.Zone).Date;
        var monday = date.PlusDays(-(((int)date.DayOfWeek) - 1));
        return monday.AtStartOfDayInZone(Windows.Zone).ToDateTimeOffset();
    }

    /// <summary>The planner for a case kind.</summary>
    public RecallPlanner PlannerFor(CaseKind kind)
    {
        var windows = Windows;
        lock (gate)
        {
            if (planners is not { } p || !ReferenceEquals(p.Windows, windows))
            {
                p = (windows, new RecallPlanner(Rules, victimOptions, windows), new RecallPlanner(Rules, rddOptions, windows));
                planners = p;
            }

            return kind == CaseKind.Rdd ? p.Rdd : p.Victim;
        }
    }

    /// <summary>The selection method of a configuration value, or null when it is neither.</summary>
    public static HouseholdSelectionMethod? ParseSelection(string? value) => value switch
    {
        "next_birthday" => HouseholdSelectionMethod.NextBirthdayReported,
        "kish_grid" => HouseholdSelectionMethod.KishGrid,
        _ => null,
    };

    /// <summary>The default table with the configured changes; problems name their keys.</summary>
    /// <exception cref="InvalidInputException">An outcome code is unknown or the resulting table is unusable.</exception>
    public static RecallRules BuildRules(IReadOnlyDictionary<string, RecallRuleSetting> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var rules = RecallRules.Default;
        var problems = new List<string>();
        foreach (var (code, change) in changes.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (!EnumCodes.TryParse<CallOutcome>(code, out var outcome))
            {
                problems.Add($"Ringback:Rules:{code}: not an outcome; use one of {string.Join(", ", EnumCodes.Codes<CallOutcome>())}");
                continue;
            }

            if (change.DelayMinutes is < 0)
            {
                problems.Add($"Ringback:Rules:{code}:DelayMinutes is {change.DelayMinutes}; it must be 0 or more");
                continue;
            }

            var row = rules.For(outcome);
            row = row with
            {
                RddDisposition = change.RddDisposition ?? row.RddDisposition,
                VictimDisposition = change.VictimDisposition ?? row.VictimDisposition,
                Final = change.Final ?? row.Final,
                Delay = change.DelayMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : row.Delay,
                ChangeDayPart = change.ChangeDayPart ?? row.ChangeDayPart,
            };
            try
            {
                rules = rules.With(row);
            }
            catch (InvalidInputException ex)
            {
                problems.Add($"Ringback:Rules:{code}: {ex.Message}");
            }
        }

        return problems.Count == 0 ? rules : throw new InvalidInputException(string.Join("; ", problems));
    }
}
