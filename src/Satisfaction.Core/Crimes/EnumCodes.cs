using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Satisfaction.Core.Crimes;

/// <summary>
/// The stable snake_case text code of each member of an enum (e.g. <c>IncidentType.HateIncident</c> is
/// <c>hate_incident</c>), as used in CSV files, configuration and the store.
/// </summary>
/// <remarks>Codes are derived from member names, so renaming a member changes its code.</remarks>
public static class EnumCodes
{
    /// <summary>Every member of <typeparamref name="TEnum"/>, in value order.</summary>
    public static IReadOnlyList<TEnum> Values<TEnum>()
        where TEnum : struct, Enum => Cache<TEnum>.Values;

    /// <summary>Every code of <typeparamref name="TEnum"/>, in the order of <see cref="Values{TEnum}"/>.</summary>
    public static IReadOnlyList<string> Codes<TEnum>()
        where TEnum : struct, Enum => Cache<TEnum>.Codes;

    /// <summary>The code of a defined member.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member (e.g. combined flags).</exception>
    public static string ToCode<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Cache<TEnum>.ToCodes.TryGetValue(value, out var code)
            ? code
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name} has no member with this value.");

    /// <summary>Parses a code, case-insensitively, ignoring surrounding spaces.</summary>
    /// <returns>False when <paramref name="code"/> is null or not a code of <typeparamref name="TEnum"/>.</returns>
    public static bool TryParse<TEnum>(string? code, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return code is not null && Cache<TEnum>.FromCodes.TryGetValue(code.Trim(), out value);
    }

    /// <summary>Parses a code, throwing a user-facing error that lists the valid codes.</summary>
    /// <exception cref="InvalidInputException"><paramref name="code"/> is not a code of <typeparamref name="TEnum"/>.</exception>
    public static TEnum Parse<TEnum>(string? code)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(code, out var value)
            ? value
            : throw new InvalidInputException($"'{code}' is not a valid {typeof(TEnum).Name}; expected one of: {string.Join(", ", Cache<TEnum>.Codes)}.");

    /// <summary>Converts a PascalCase member name to its snake_case code (<c>PoliceVictimOnDuty</c> to <c>police_victim_on_duty</c>).</summary>
    public static string SnakeCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly TEnum[] Values = Enum.GetValues<TEnum>().Distinct().ToArray();

        public static readonly FrozenDictionary<TEnum, string> ToCodes =
            Values.ToFrozenDictionary(v => v, v => SnakeCase(v.ToString()));

        public static readonly FrozenDictionary<string, TEnum> FromCodes =
            ToCodes.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

        public static readonly string[] Codes = Values.Select(v => ToCodes[v]).ToArray();
    }
}
