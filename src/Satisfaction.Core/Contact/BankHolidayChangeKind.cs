namespace Satisfaction.Core.Contact;

/// <summary>How a one-off entry of the bank-holiday file changes the computed calendar.</summary>
public enum BankHolidayChangeKind
{
    /// <summary>An extra holiday, or the new date of a moved one (e.g. 2022-06-03 Platinum Jubilee).</summary>
    Added,

    /// <summary>A computed holiday that did not happen on its usual date (e.g. early May 2020, moved to 8 May).</summary>
    Removed,
}
