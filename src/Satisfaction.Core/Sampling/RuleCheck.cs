namespace Satisfaction.Core.Sampling;

/// <summary>One rule applied to one record, for <c>sample explain</c>.</summary>
/// <param name="Rule">The rule, named by the reason code it gives when it fails (e.g. <c>under_age</c>).</param>
/// <param name="Passed">True when the record passed the rule.</param>
/// <param name="Detail">What was compared, e.g. "age 15 &lt; minimum 16". Never holds a phone number or name.</param>
public sealed record RuleCheck(string Rule, bool Passed, string Detail);
