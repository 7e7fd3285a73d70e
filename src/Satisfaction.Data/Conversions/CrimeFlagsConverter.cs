using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Satisfaction.Core.Crimes;

namespace Satisfaction.Data.Conversions;

/// <summary>Stores <see cref="CrimeFlags"/> as its semicolon-separated text list, e.g. <c>domestic_abuse;hate</c>.</summary>
public sealed class CrimeFlagsConverter()
    : ValueConverter<CrimeFlags, string>(v => CrimeFlagsText.Format(v), v => CrimeFlagsText.Parse(v));
