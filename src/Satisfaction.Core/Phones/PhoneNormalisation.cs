namespace Satisfaction.Core.Phones;

/// <summary>
/// The outcome of normalising one phone number as given by a user or a source system.
/// Never logged: it carries a victim's number.
/// </summary>
/// <param name="Status">Whether a number was given and whether it can be called.</param>
/// <param name="E164">The number in E.164 (e.g. <c>+441134960123</c>) when <see cref="Status"/> is
/// <see cref="PhoneStatus.Usable"/>; otherwise null.</param>
/// <param name="Kind">The kind of line; <see cref="PhoneNumberKind.None"/> unless usable.</param>
/// <param name="IsFictional">True when the number lies in one of Ofcom's ranges reserved for drama
/// (never allocated, so it never rings a real person): used by demo data and tests.</param>
/// <param name="Reason">Why the number is unusable (no digits of the number itself); null otherwise.</param>
public sealed record PhoneNormalisation(PhoneStatus Status, string? E164, PhoneNumberKind Kind, bool IsFictional, string? Reason)
{
    /// <summary>The result for an empty or blank input.</summary>
    public static PhoneNormalisation Empty { get; } = new(PhoneStatus.Empty, null, PhoneNumberKind.None, false, null);

    /// <summary>True when the number can be called.</summary>
    public bool IsUsable => Status == PhoneStatus.Usable;

    internal static PhoneNormalisation Unusable(string reason) => new(PhoneStatus.Unusable, null, PhoneNumberKind.None, false, reason);
}
