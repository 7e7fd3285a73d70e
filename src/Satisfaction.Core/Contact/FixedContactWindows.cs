namespace Satisfaction.Core.Contact;

/// <summary>A source that always gives the same windows (tests, tools, the training desk).</summary>
/// <param name="windows">The windows to give.</param>
public sealed class FixedContactWindows(ContactWindows windows) : IContactWindowsSource
{
    /// <summary>The default hours (SMS 09:00-20:00, phone 09:00-21:00, no Sundays, Europe/London) with the built-in bank-holiday file.</summary>
    public static FixedContactWindows Defaults { get; } =
        new(new ContactWindows(new ContactHoursOptions(), new BankHolidayCalendar(BankHolidayFile.Shipped())));

    /// <inheritdoc />
    public ContactWindows Current { get; } = windows ?? throw new ArgumentNullException(nameof(windows));
}
