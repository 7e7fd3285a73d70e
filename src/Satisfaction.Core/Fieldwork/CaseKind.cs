namespace Satisfaction.Core.Fieldwork;

/// <summary>Which kind of telephone case an attempt belongs to; the AAPOR codes differ between the two.</summary>
public enum CaseKind
{
    /// <summary>A named victim from a sample (a specifically named person: eligibility mostly known).</summary>
    Victim,

    /// <summary>A random-digit-dialled number of the confidence survey (unknown if it reaches a household).</summary>
    Rdd,
}
