using System.Globalization;

namespace Satisfaction.Core.Rdd;

/// <summary>
/// Reads a number-bank file. Format (UTF-8 CSV, one 100-bank per row, no quoting needed):
/// <code>
/// area_code,local_prefix,listed_residential
/// 0113,49600,14
/// 020,794600,31
/// </code>
/// <c>area_code</c> has its leading 0 and starts 01 or 02; <c>local_prefix</c> is the local number without
/// its last two digits; together they make 8 digits after the 0 (7 for the few 9-digit areas, e.g. 016977);
/// <c>listed_residential</c> counts directory-listed residential numbers in the bank (0 to 100).
/// Blank lines and lines starting with <c>#</c> are ignored; extra columns are ignored.
/// </summary>
public static class NumberBankCsv
{
    /// <summary>The header columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["area_code", "local_prefix", "listed_residential"];

    /// <summary>Reads every bank; all problems are collected and reported together.</summary>
    /// <param name="reader">The file's text (the caller opens and closes it).</param>
    /// <param name="source">File name for messages.</param>
    /// <exception cref="InvalidInputException">Missing header, a malformed row or a duplicate bank (all listed, up to 50).</exception>
    public static IReadOnlyList<NumberBank> Parse(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var banks = new List<NumberBank>();
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        var headerSeen = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var cells = trimmed.Split(',');
            if (!headerSeen)
            {
                headerSeen = true;
                if (cells.Length < 3 || !Columns.Select((c, i) => string.Equals(cells[i].Trim(), c, StringComparison.Ordinal)).All(ok => ok))
                {
                    throw InvalidInputException.At(source, lineNumber, null, $"the header must start {string.Join(",", Columns)}");
                }

                continue;
            }

            var error = TryParseRow(cells, out var bank);
            if (error is null && !seen.Add(bank!.Prefix))
            {
                error = (null, $"bank {bank.Display} is listed twice");
            }

            if (error is { } e)
            {
                errors.Add(InvalidInputException.At(source, lineNumber, e.Column, e.Reason).Message);
            }
            else
            {
                banks.Add(bank!);
            }
        }

        if (!headerSeen)
        {
            throw InvalidInputException.At(source, null, null, $"empty bank file: expected the header {string.Join(",", Columns)}");
        }

        if (errors.Count > 0)
        {
            var shown = errors.Take(50).ToList();
            if (errors.Count > shown.Count)
            {
                shown.Add(string.Create(CultureInfo.InvariantCulture, $"... and {errors.Count - 50} more"));
            }

            throw new InvalidInputException(string.Join(Environment.NewLine, shown));
        }

        return banks;
    }

    private static (string? Column, string Reason)? TryParseRow(string[] cells, out NumberBank? bank)
    {
        bank = null;
        if (cells.Length < 3)
        {
            return (null, "expected 3 columns: area_code,local_prefix,listed_residential");
        }

        var area = cells[0].Trim();
        var prefix = cells[1].Trim();
        var listedText = cells[2].Trim();
        if (area.Length is < 3 or > 6 || !area.All(char.IsAsciiDigit) || !(area.StartsWith("01", StringComparison.Ordinal) || area.StartsWith("02", StringComparison.Ordinal)))
        {
            return ("area_code", $"'{area}' is not a geographic area code (3 to 6 digits starting 01 or 02)");
        }

        if (prefix.Length == 0 || !prefix.All(char.IsAsciiDigit))
        {
            return ("local_prefix", $"'{prefix}' is not a run of digits");
        }

        var nsnLength = area.Length - 1 + prefix.Length + 2;
        if (nsnLength is < 9 or > 10)
        {
            return ("local_prefix", $"'{area} {prefix}xx' would make {nsnLength}-digit numbers after the 0; UK geographic numbers have 9 or 10");
        }

        if (!int.TryParse(listedText, NumberStyles.None, CultureInfo.InvariantCulture, out var listed) || listed > NumberBank.Size)
        {
            return ("listed_residential", $"'{listedText}' is not a whole number from 0 to 100");
        }

        bank = new NumberBank(area, prefix, listed);
        return null;
    }
}
