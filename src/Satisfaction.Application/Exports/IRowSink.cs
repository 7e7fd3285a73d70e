namespace Satisfaction.Application.Exports;

/// <summary>Where export rows go (CSV or Parquet), one row at a time, in bounded memory.</summary>
internal interface IRowSink : IAsyncDisposable
{
    /// <summary>Writes one row: one cell per column, null = empty; numeric cells hold invariant-culture numbers.</summary>
    ValueTask WriteAsync(string?[] cells, CancellationToken cancellationToken);

    /// <summary>Flushes what is buffered and ends the file.</summary>
    ValueTask CompleteAsync(CancellationToken cancellationToken);
}
