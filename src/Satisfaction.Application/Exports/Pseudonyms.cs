using System.Security.Cryptography;
using System.Text;
using Satisfaction.Core;

namespace Satisfaction.Application.Exports;

/// <summary>
/// Pseudonymous case ids: HMAC-SHA256 under the secret key of <c>case:ID</c> (a sampled victim) or <c>rdd:ID</c>
/// (an RDD number), the first 16 bytes as 32 lower-case hex digits. Without the key an id cannot be linked back
/// to the store; with the same key the same case has the same id in every export (responses, cases, attempts).
/// One instance serves one export on one thread (it keeps the keyed hash state between calls).
/// </summary>
public sealed class Pseudonyms : IDisposable
{
    private readonly IncrementalHash _hmac;

    /// <summary>Checks and takes the key.</summary>
    /// <exception cref="InvalidInputException">No key, or a key shorter than <see cref="ExportOptions.MinimumKeyLength"/> characters.</exception>
    public Pseudonyms(string? key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length < ExportOptions.MinimumKeyLength)
        {
            throw new InvalidInputException(
                $"configuration: Export:PseudonymKey is {(string.IsNullOrWhiteSpace(key) ? "not set" : "too short")}: exports carry a keyed-hash case_id and need a secret of at least {ExportOptions.MinimumKeyLength} characters, e.g. `export SATISFACTION_EXPORT__PSEUDONYMKEY=$(openssl rand -base64 33)`; keep it outside the repository and reuse it so case ids stay the same between exports.");
        }

        _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(key));
    }

    /// <summary>The pseudonymous id of a case key (<c>case:ID</c> or <c>rdd:ID</c>).</summary>
    public string Of(string caseKey)
    {
        ArgumentNullException.ThrowIfNull(caseKey);
        Span<byte> text = stackalloc byte[64];
        var bytes = Encoding.UTF8.GetMaxByteCount(caseKey.Length) <= text.Length ? text[..Encoding.UTF8.GetBytes(caseKey, text)] : Encoding.UTF8.GetBytes(caseKey);
        _hmac.AppendData(bytes);
        Span<byte> hash = stackalloc byte[32];
        _hmac.GetHashAndReset(hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    /// <inheritdoc />
    public void Dispose() => _hmac.Dispose();
}
