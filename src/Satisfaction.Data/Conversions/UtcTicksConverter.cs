using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Satisfaction.Data.Conversions;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> as its UTC ticks (an INTEGER), so that SQLite orders and compares
/// instants correctly. Values come back with offset zero: the instant is kept, the original offset is not.
/// </summary>
public sealed class UtcTicksConverter()
    : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
