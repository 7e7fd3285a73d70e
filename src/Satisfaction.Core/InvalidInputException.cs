namespace Satisfaction.Core;

/// <summary>
/// Bad input from outside the program (a file, an option, a reply, a request), reported to the user
/// with where it went wrong. The command-line program maps it to exit code 1.
/// </summary>
/// <remarks>
/// Use it for data a user can correct; programmer errors keep the .NET argument exceptions.
/// The message is culture-invariant and already names the place (file, line, column) when known.
/// </remarks>
public sealed class InvalidInputException : Exception
{
    /// <summary>Creates an error with a complete, user-facing message.</summary>
    public InvalidInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a user-facing message and its cause.</summary>
    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an error without a message; prefer the overloads that say what went wrong.</summary>
    public InvalidInputException()
        : base("Invalid input.")
    {
    }

    /// <summary>
    /// Creates an error located in a file: the message reads "FILE:LINE: column COLUMN: REASON",
    /// leaving out the parts that are null.
    /// </summary>
    /// <param name="file">File name or path as the user gave it; may be null.</param>
    /// <param name="line">1-based line (for CSV, the physical line of the row, header = 1); may be null.</param>
    /// <param name="column">Column name; may be null.</param>
    /// <param name="reason">What is wrong and what is expected.</param>
    public static InvalidInputException At(string? file, long? line, string? column, string reason)
    {
        var where = new List<string>(3);
        if (file is not null)
        {
            where.Add(line is null ? file : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{file}:{line}"));
        }
        else if (line is not null)
        {
            where.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {line}"));
        }

        if (column is not null)
        {
            where.Add($"column '{column}'");
        }

        return new InvalidInputException(where.Count == 0 ? reason : $"{string.Join(": ", where)}: {reason}");
    }
}
