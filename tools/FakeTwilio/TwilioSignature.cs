using System.Security.Cryptography;
using System.Text;

namespace FakeTwilio;

/// <summary>Twilio's webhook signature: base64 HMAC-SHA1, keyed by the auth token, of the URL followed by every form field's name and value in ordinal name order.</summary>
public static class TwilioSignature
{
    /// <summary>The <c>X-Twilio-Signature</c> value for a form posted to <paramref name="url"/>.</summary>
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(authToken);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(fields);
        var text = new StringBuilder(url);
        foreach (var (key, value) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.Append(key).Append(value);
        }

#pragma warning disable CA5350 // Twilio's signature protocol is HMAC-SHA1; the fake must match it.
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(text.ToString())));
#pragma warning restore CA5350
    }
}
