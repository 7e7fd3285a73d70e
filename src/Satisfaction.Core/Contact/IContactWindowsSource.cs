namespace Satisfaction.Core.Contact;

/// <summary>
/// Where the contact windows in force come from. The service reads them from the force's stored settings
/// (so a <c>force init</c> update applies without a restart); tests and tools may pass fixed windows.
/// </summary>
public interface IContactWindowsSource
{
    /// <summary>The windows to use now. Ask again for each decision rather than keeping the result.</summary>
    ContactWindows Current { get; }

    /// <summary>
    /// The windows of one force (by its store key) to use now: its own hours, time zone and bank holidays. A source
    /// that knows no forces, or a key it does not know, gives <see cref="Current"/>.
    /// </summary>
    /// <param name="forceId">The force's store key (1 or more).</param>
    ContactWindows ForForce(int forceId) => Current;
}
