using System.Globalization;

namespace Satisfaction.Cli.Commands.Rdd;

/// <summary>Parses the <c>--month yyyy-MM</c> option.</summary>
internal static class RddMonth
{
    public static bool TryParse(string? text, out DateOnly month) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month);
}
