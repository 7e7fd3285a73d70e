using Satisfaction.Core;
using Spectre.Console;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary>Turns the Application's option parsing (which throws <see cref="InvalidInputException"/>) into Spectre validation.</summary>
internal static class StatsOptions
{
    /// <summary>Null when <paramref name="parse"/> succeeds, else a validation error with its message.</summary>
    public static ValidationResult? Check(Action parse)
    {
        try
        {
            parse();
            return null;
        }
        catch (InvalidInputException ex)
        {
            return ValidationResult.Error(ex.Message);
        }
    }

    /// <summary>Splits a comma list of column names (blanks trimmed, empties dropped).</summary>
    public static string[] List(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
