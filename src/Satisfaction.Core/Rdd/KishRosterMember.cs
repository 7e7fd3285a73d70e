namespace Satisfaction.Core.Rdd;

/// <summary>One adult on a household roster.</summary>
/// <param name="Sex">Sex as recorded.</param>
/// <param name="Age">Age in whole years, 16 or more.</param>
public sealed record KishRosterMember(AdultSex Sex, int Age);
