namespace Satisfaction.Core.Contact;

/// <summary>One bank holiday: a UK local calendar date and its name as gov.uk gives it.</summary>
/// <param name="Date">The date (UK local calendar).</param>
/// <param name="Name">E.g. <c>Easter Monday</c>, <c>Christmas Day (substitute day)</c>, <c>Platinum Jubilee bank holiday</c>.</param>
public sealed record BankHoliday(DateOnly Date, string Name);
