using System.Security.Cryptography;
using System.Text;
using Satisfaction.Core;

namespace Satisfaction.Application.Exports;

/// <summary>
/// Pseudonymous case ids: HMAC-SHA256 under the secret key of <c>case:ID</c> (a sampled victim) or <c>rdd:ID</c>
/// (an RDD number), the first 16 bytes as 32 lower-case hex digits. Without the key an id cannot be linked back
/// to the store; with the same key the same case has the same id in every export (responses, cases, attempts).
/// </summary>
public sealed class Pseudonyms
{
    private readonly byte[] _key;

    /// <summary>Checks and takes the key.</summary>
    /// <exception cref="InvalidInputException">No key, or a key shorter than <see cref="ExportOptions.MinimumKeyLength"/> characters.</exception>
    public Pseudonyms(string? key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length < ExportOptions.MinimumKeyLength)
        {
            throw new InvalidInputException(
                $"configuration: Export:PseudonymKey is {(string.IsNullOrWhiteSpace(key) ? "not set" : "too short")}: exports carry a keyed-hash case_id and need a secret of at least {ExportOptions.MinimumKeyLength} characters, e.g. `export SATISFACTION_EXPORT__PSEUDONYMKEY=$(openssl rand -base64 33)`; keep it outside the repository and reuse it so case ids stay the same between exports.");
        }

        _key = Encoding.UTF8.GetBytes(key);
    }

    /// <summary>The pseudonymous id of a case key (<c>case:ID</c> or <c>rdd:ID</c>).</summary>
    public string Of(string caseKey)
    {
        ArgumentNullException.ThrowIfNull(caseKey);
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(caseKey), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
