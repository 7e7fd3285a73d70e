using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Satisfaction.Core.Crimes;

namespace Satisfaction.Data.Conversions;

/// <summary>Stores an enum as its snake_case code (see <see cref="EnumCodes"/>), e.g. <c>hate_incident</c>.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class EnumCodeConverter<TEnum>()
    : ValueConverter<TEnum, string>(v => EnumCodes.ToCode(v), v => EnumCodes.Parse<TEnum>(v))
    where TEnum : struct, Enum;
