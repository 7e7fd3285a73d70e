using Satisfaction.Core.Crimes;
using Satisfaction.Core.Rdd;

namespace Satisfaction.Core.Fieldwork;

/// <summary>
/// The re-call table: for every <see cref="CallOutcome"/> its AAPOR disposition (RDD and named-victim variants),
/// whether it closes the case, the least delay before the next call and whether the next call must fall in
/// another part of the day. <see cref="Default"/> follows queXS's outcome table and AAPOR Standard Definitions;
/// a force can replace rows with <see cref="With"/>.
/// </summary>
public sealed class RecallRules
{
    private readonly Dictionary<CallOutcome, RecallRule> rules;

    /// <summary>Creates a table holding exactly one rule per outcome.</summary>
    /// <exception cref="InvalidInputException">The table is not usable; the message lists every problem (see <see cref="Validate"/>).</exception>
    public RecallRules(IEnumerable<RecallRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var list = rules.ToList();
        if (Validate(list) is { Count: > 0 } problems)
        {
            throw new InvalidInputException("Re-call rules: " + string.Join("; ", problems));
        }

        this.rules = list.ToDictionary(r => r.Outcome);
    }

    /// <summary>
    /// The default table. Codes (RDD / victim): complete 1.1; partial 1.2 (resumable); refusal 2.111 (household) /
    /// 2.112 (known respondent); break-off 2.12 (one more try after a day); no answer 3.13 / 2.20; busy 3.12 / 2.20;
    /// answering machine without message 3.14 / 2.222; message left 2.221; wrong number 4.51 (not a household) /
    /// 4.90; not in service 4.31 / 4.32; not eligible 4.70 / 4.10; appointment 2.21 (non-final); language 2.331 /
    /// 2.332; unable 2.32. No answer, answering machine and message left move the next call to another part of
    /// the day; busy does not (someone is there at this time of day).
    /// </summary>
    public static RecallRules Default { get; } = new(
    [
        new(CallOutcome.Complete, "1.1", "1.1", true, TimeSpan.Zero, false, "Complete interview"),
        new(CallOutcome.Partial, "1.2", "1.2", false, TimeSpan.Zero, false, "Partial interview (resume later)"),
        new(CallOutcome.Refusal, "2.111", "2.112", true, TimeSpan.Zero, false, "Refusal"),
        new(CallOutcome.BreakOff, "2.12", "2.12", false, TimeSpan.FromDays(1), false, "Break-off (one more try to resume)"),
        new(CallOutcome.NoAnswer, "3.13", "2.20", false, TimeSpan.Zero, true, "No answer"),
        new(CallOutcome.Busy, "3.12", "2.20", false, TimeSpan.Zero, false, "Busy"),
        new(CallOutcome.AnsweringMachine, "3.14", "2.222", false, TimeSpan.Zero, true, "Answering machine, no message left"),
        new(CallOutcome.MessageLeft, "2.221", "2.221", false, TimeSpan.Zero, true, "Answering machine, message left"),
        new(CallOutcome.WrongNumber, "4.51", "4.90", true, TimeSpan.Zero, false, "Wrong number"),
        new(CallOutcome.NotInService, "4.31", "4.32", true, TimeSpan.Zero, false, "Number not in service"),
        new(CallOutcome.NotEligible, "4.70", "4.10", true, TimeSpan.Zero, false, "Not eligible"),
        new(CallOutcome.Appointment, "2.21", "2.21", false, TimeSpan.Zero, false, "Appointment"),
        new(CallOutcome.Language, "2.331", "2.332", true, TimeSpan.Zero, false, "Language problem"),
        new(CallOutcome.Unable, "2.32", "2.32", true, TimeSpan.Zero, false, "Physically or mentally unable"),
    ]);

    /// <summary>Every rule, in <see cref="CallOutcome"/> order.</summary>
    public IReadOnlyList<RecallRule> All => [.. rules.Values.OrderBy(r => r.Outcome)];

    /// <summary>The rule of <paramref name="outcome"/>.</summary>
    public RecallRule For(CallOutcome outcome) => rules[outcome];

    /// <summary>A copy of this table with <paramref name="rule"/> replacing the row of its outcome.</summary>
    /// <exception cref="InvalidInputException">The resulting table is not usable.</exception>
    public RecallRules With(RecallRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new RecallRules(rules.Values.Where(r => r.Outcome != rule.Outcome).Append(rule));
    }

    /// <summary>
    /// What is wrong with a table, one sentence per problem naming the outcome by its code: a missing or repeated
    /// outcome, a code that is not an AAPOR disposition, a negative delay, a complete that is not a final 1.x,
    /// a not-eligible (4.x) code on a non-final row, or a final appointment.
    /// </summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<RecallRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var problems = new List<string>();
        foreach (var outcome in EnumCodes.Values<CallOutcome>())
        {
            var count = rules.Count(r => r.Outcome == outcome);
            if (count != 1)
            {
                problems.Add($"{EnumCodes.ToCode(outcome)}: {(count == 0 ? "has no rule" : $"has {count} rules")}; give exactly one");
            }
        }

        foreach (var rule in rules.DistinctBy(r => r.Outcome))
        {
            var code = EnumCodes.ToCode(rule.Outcome);
            foreach (var (which, disposition) in new[] { ("rdd", rule.RddDisposition), ("victim", rule.VictimDisposition) })
            {
                if (!AaporDispositions.TryClassify(disposition, out var symbol))
                {
                    problems.Add($"{code}: {which} disposition '{disposition}' is not an AAPOR code (1.1 to 4.90)");
                }
                else if (symbol == AaporOutcome.NotEligible && !rule.Final)
                {
                    problems.Add($"{code}: {which} disposition {disposition} is not eligible (4.x), so the rule must be final");
                }
                else if (rule.Outcome == CallOutcome.Complete && symbol != AaporOutcome.Complete)
                {
                    problems.Add($"{code}: {which} disposition must be a complete interview (1.1), not {disposition}");
                }
            }

            if (rule.Delay < TimeSpan.Zero)
            {
                problems.Add($"{code}: delay {rule.Delay} is negative");
            }

            if (rule.Outcome == CallOutcome.Complete && !rule.Final)
            {
                problems.Add($"{code}: a complete interview must close the case (final)");
            }

            if (rule.Outcome == CallOutcome.Appointment && rule.Final)
            {
                problems.Add($"{code}: an appointment cannot be final (the case must be called at the appointment)");
            }
        }

        return problems;
    }
}
