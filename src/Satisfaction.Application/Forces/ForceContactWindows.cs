using Microsoft.EntityFrameworkCore;
using Satisfaction.Core;
using Satisfaction.Core.Contact;
using Satisfaction.Data;

namespace Satisfaction.Application.Forces;

/// <summary>
/// The contact windows of the force in the store: its permitted hours per channel, time zone and one-off
/// bank-holiday days as <c>force init</c> stored them (the defaults, SMS 09:00-20:00 and phone 09:00-21:00 without
/// Sundays in Europe/London with the built-in bank-holiday file, when the force set none or there is no force yet).
/// Re-read from the store at most every <see cref="RefreshInterval"/> (and at once after a <see cref="ForceSetup"/>
/// in this process), so a <c>force init</c> run beside a running <c>serve</c> applies within that time, no restart.
/// </summary>
/// <remarks>
/// With several forces in one store, <see cref="ForForce"/> gives each force its own windows (what SMS to a force's
/// victims uses), and <see cref="Current"/> the windows all of them permit: per channel the latest start, the
/// earliest end and Sundays only when every force allows them; a one-off extra bank holiday of any force counts, a
/// removed one only when every force removes it; the hours are read in the first force's (by code) time zone.
/// Thread-safe.
/// </remarks>
public sealed class ForceContactWindows : IContactWindowsSource
{
    /// <summary>How long windows read from the store are used before the store is asked again (10 s).</summary>
    public static readonly TimeSpan DefaultRefreshInterval = TimeSpan.FromSeconds(10);

    private static readonly Lazy<IReadOnlyList<BankHolidayChange>> Shipped = new(BankHolidayFile.Shipped);

    private readonly SatisfactionStore store;
    private readonly Lock gate = new();
    private string? key;
    private bool loaded;
    private (ContactWindows? Windows, InvalidInputException? Error) all;
    private Dictionary<int, (ContactWindows? Windows, InvalidInputException? Error)> byForce = [];
    private long readAtMs;

    /// <summary>Creates the source, refreshed every <see cref="DefaultRefreshInterval"/>.</summary>
    public ForceContactWindows(SatisfactionStore store)
        : this(store, DefaultRefreshInterval)
    {
    }

    /// <summary>Creates the source with its own refresh interval (zero: read the store on every use).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The interval is negative.</exception>
    public ForceContactWindows(SatisfactionStore store, TimeSpan refreshInterval)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfLessThan(refreshInterval, TimeSpan.Zero);
        this.store = store;
        RefreshInterval = refreshInterval;
    }

    /// <summary>How long read windows are kept.</summary>
    public TimeSpan RefreshInterval { get; }

    /// <inheritdoc />
    /// <exception cref="InvalidInputException">The forces' stored hours are unusable, or several forces share no permitted hours.</exception>
    public ContactWindows Current
    {
        get
        {
            lock (gate)
            {
                Refresh(force: false);
                return Use(all);
            }
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// A force created after the last read is read at once; a key no force has gives <see cref="Current"/>. Other
    /// forces' hours do not matter: two forces whose hours do not overlap each keep their own.
    /// </remarks>
    /// <exception cref="InvalidInputException">The force's stored hours are unusable.</exception>
    public ContactWindows ForForce(int forceId)
    {
        lock (gate)
        {
            Refresh(force: false);
            if (!byForce.ContainsKey(forceId))
            {
                // Maybe created since the last read (force init in another process): read again once.
                Refresh(force: true);
            }

            return Use(byForce.TryGetValue(forceId, out var own) ? own : all);
        }
    }

    /// <summary>Forgets the windows read, so the next use reads the store (after a <c>force init</c> in this process).</summary>
    public void Invalidate()
    {
        lock (gate)
        {
            loaded = false;
        }
    }

    private static ContactWindows Use((ContactWindows? Windows, InvalidInputException? Error) built) =>
        built.Windows ?? throw new InvalidInputException(built.Error!.Message, built.Error);

    private static (ContactWindows? Windows, InvalidInputException? Error) TryBuild(IReadOnlyList<(string Code, string TimeZoneId, string SettingsJson)> forces)
    {
        try
        {
            return (Build(forces), null);
        }
        catch (InvalidInputException ex)
        {
            return (null, ex);
        }
    }

    /// <summary>Reads the store when the kept windows are older than the interval (or <paramref name="force"/>). Under the gate.</summary>
    private void Refresh(bool force)
    {
        var now = Environment.TickCount64;
        if (loaded && !force && now - readAtMs < RefreshInterval.TotalMilliseconds)
        {
            return;
        }

        var forces = Read();
        var newKey = string.Join("\n", forces.Select(f => f.Id + "\t" + f.Code + "\t" + f.TimeZoneId + "\t" + f.SettingsJson));
        if (!loaded || !string.Equals(newKey, key, StringComparison.Ordinal))
        {
            all = TryBuild(forces.Select(f => (f.Code, f.TimeZoneId, f.SettingsJson)).ToList());
            byForce = forces.Count == 1
                ? new() { [forces[0].Id] = all }
                : forces.ToDictionary(f => f.Id, f => TryBuild([(f.Code, f.TimeZoneId, f.SettingsJson)]));
            key = newKey;
        }

        loaded = true;
        readAtMs = now;
    }

    /// <summary>The windows for forces with these settings (see the remarks of the class).</summary>
    /// <exception cref="InvalidInputException">The hours are unusable, or the forces share no permitted hours.</exception>
    internal static ContactWindows Build(IReadOnlyList<(string Code, string TimeZoneId, string SettingsJson)> forces)
    {
        if (forces.Count == 0)
        {
            return new ContactWindows(new ContactHoursOptions(), new BankHolidayCalendar(Shipped.Value));
        }

        var settings = forces.Select(f => (f.Code, Settings: ForceSettings.Read(f.SettingsJson), Zone: f.TimeZoneId)).ToList();
        var hours = settings[0].Settings.ContactHours with
        {
            TimeZone = settings[0].Zone,
            Sms = Narrowest(settings.Select(s => s.Settings.ContactHours.Sms)),
            Phone = Narrowest(settings.Select(s => s.Settings.ContactHours.Phone)),
        };
        if (hours.Validate() is { Count: > 0 } problems)
        {
            var who = forces.Count == 1 ? $"force {forces[0].Code}" : $"forces {string.Join(", ", forces.Select(f => f.Code))} (hours every force permits)";
            throw new InvalidInputException($"contact hours of {who}: {string.Join("; ", problems)}; correct them with 'satisfaction force init'.");
        }

        var changes = settings.Select(s => s.Settings.BankHolidays ?? Shipped.Value).ToList();
        var added = changes.SelectMany(c => c).Where(c => c.Kind == BankHolidayChangeKind.Added)
            .GroupBy(c => c.Date).Select(g => g.First());
        var removed = changes[0].Where(c => c.Kind == BankHolidayChangeKind.Removed
            && changes.All(list => list.Any(o => o.Date == c.Date && o.Kind == BankHolidayChangeKind.Removed)));
        return new ContactWindows(hours, new BankHolidayCalendar([.. added, .. removed]));
    }

    private static ChannelHours Narrowest(IEnumerable<ChannelHours> all)
    {
        var list = all.ToList();
        return new ChannelHours
        {
            Start = list.Max(h => h.Start),
            End = list.Min(h => h.End),
            Sundays = list.All(h => h.Sundays),
        };
    }

    private List<(int Id, string Code, string TimeZoneId, string SettingsJson)> Read()
    {
        using var db = store.CreateDbContext();
        return db.Forces.AsNoTracking().OrderBy(f => f.Code)
            .Select(f => new { f.Id, f.Code, f.TimeZoneId, f.SettingsJson })
            .AsEnumerable()
            .Select(f => (f.Id, f.Code, f.TimeZoneId, f.SettingsJson))
            .ToList();
    }
}
