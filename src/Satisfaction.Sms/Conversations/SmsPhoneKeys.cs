using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Satisfaction.Core.Phones;
using Satisfaction.Data;
using Satisfaction.Data.Entities;
using Satisfaction.Sms.Hosting;

namespace Satisfaction.Sms.Conversations;

/// <summary>
/// The keyed hash of a phone number (HMAC-SHA-256 of its E.164 form, lower-case hex): how conversations and the
/// suppression list refer to a number without holding it. The key is <c>Sms:SuppressionKey</c>, else one generated
/// once (32 random bytes) and kept in <c>sms_settings</c>, so the list stays usable after contact details are deleted.
/// </summary>
public sealed class SmsPhoneKeys(IOptions<SmsOptions> options, SatisfactionStore store) : IDisposable
{
    private const string SettingName = "suppression_key";
    private readonly SemaphoreSlim gate = new(1, 1);
    private byte[]? key;

    /// <summary>Loads or creates the key; call once before <see cref="KeyOf"/> (cheap after the first call).</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref key) is not null)
        {
            return;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (key is not null)
            {
                return;
            }

            if (options.Value.SuppressionKey is { } configured)
            {
                Volatile.Write(ref key, Encoding.UTF8.GetBytes(configured));
                return;
            }

            var db = store.CreateDbContext();
            await using (db.ConfigureAwait(false))
            {
                var generated = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"INSERT INTO sms_settings (name, value) VALUES ({SettingName}, {generated}) ON CONFLICT (name) DO NOTHING", cancellationToken).ConfigureAwait(false);
                var stored = await db.SmsSettings.AsNoTracking().Where(s => s.Name == SettingName).Select(s => s.Value).SingleAsync(cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref key, Convert.FromBase64String(stored));
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The keyed hash of <paramref name="phone"/> (any UK format or E.164; other text is hashed as given, trimmed).</summary>
    /// <exception cref="InvalidOperationException"><see cref="EnsureAsync"/> has not run.</exception>
    public string KeyOf(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var k = Volatile.Read(ref key) ?? throw new InvalidOperationException("SmsPhoneKeys.EnsureAsync must run first.");

        // Twilio sends E.164 (+44 and 9 or 10 digits, no trunk 0): normalising such a number gives it back unchanged
        // (usable or not), so the full normaliser (libphonenumber's regular expressions for real numbers) is skipped.
        var normalised = IsPlainUkE164(phone) ? phone : UkPhoneNumbers.Normalise(phone).E164 ?? phone.Trim();
        Span<byte> text = stackalloc byte[64];
        Span<byte> hash = stackalloc byte[32];
        if (Encoding.UTF8.GetMaxByteCount(normalised.Length) <= text.Length)
        {
            var length = Encoding.UTF8.GetBytes(normalised, text);
            HMACSHA256.HashData(k, text[..length], hash);
        }
        else
        {
            HMACSHA256.HashData(k, Encoding.UTF8.GetBytes(normalised), hash);
        }

        return Convert.ToHexStringLower(hash);
    }

    /// <summary>True for <c>+44</c>, a digit 1-9, then 8 or 9 more digits (nothing else).</summary>
    internal static bool IsPlainUkE164(string phone)
    {
        if (phone.Length is < 12 or > 13 || !phone.StartsWith("+44", StringComparison.Ordinal) || phone[3] is < '1' or > '9')
        {
            return false;
        }

        for (var i = 4; i < phone.Length; i++)
        {
            if (phone[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the number is on the suppression list (opted out and not lifted by START).</summary>
    public static Task<bool> IsSuppressedAsync(SatisfactionDbContext db, string phoneKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<SmsSuppression>().AnyAsync(s => s.PhoneKey == phoneKey && s.LiftedAt == null, cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => gate.Dispose();
}
