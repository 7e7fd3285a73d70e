using System.Globalization;
using Satisfaction.Core;

namespace Satisfaction.Application.Import;

/// <summary>Collects every bad row of a file, keeping the first <see cref="Limit"/> and counting the rest.</summary>
public sealed class ImportErrorList
{
    private readonly List<ImportError> _kept = [];

    /// <summary>Creates a list that keeps up to <paramref name="limit"/> errors (1 or more).</summary>
    public ImportErrorList(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        Limit = limit;
    }

    /// <summary>Errors kept in full.</summary>
    public int Limit { get; }

    /// <summary>Every error found, kept or not.</summary>
    public long Count { get; private set; }

    /// <summary>The first <see cref="Limit"/> errors, in file order.</summary>
    public IReadOnlyList<ImportError> Kept => _kept;

    /// <summary>Records an error.</summary>
    public void Add(long line, string? column, string reason)
    {
        Count++;
        if (_kept.Count < Limit)
        {
            _kept.Add(new ImportError(line, column, reason));
        }
    }

    /// <summary>Orders the kept errors by line (stable), after errors found out of file order were added.</summary>
    public void SortByLine()
    {
        var sorted = _kept.OrderBy(e => e.Line).ToList();
        _kept.Clear();
        _kept.AddRange(sorted);
    }

    /// <summary>One line per kept error (<c>FILE:LINE: column 'C': REASON</c>), then "and N more" when some were left out.</summary>
    public IReadOnlyList<string> Format(string file)
    {
        var lines = _kept.Select(e => InvalidInputException.At(file, e.Line, e.Column, e.Reason).Message).ToList();
        if (Count > _kept.Count)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"... and {Count - _kept.Count} more"));
        }

        return lines;
    }
}
