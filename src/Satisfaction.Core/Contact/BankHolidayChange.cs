namespace Satisfaction.Core.Contact;

/// <summary>One entry of the bank-holiday file: a day added to or removed from the computed calendar.</summary>
/// <param name="Date">The UK local date.</param>
/// <param name="Kind">Added or removed.</param>
/// <param name="Name">Why, e.g. <c>State funeral of Queen Elizabeth II</c>.</param>
public sealed record BankHolidayChange(DateOnly Date, BankHolidayChangeKind Kind, string Name);
