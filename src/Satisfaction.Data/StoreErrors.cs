using Microsoft.Data.Sqlite;

namespace Satisfaction.Data;

/// <summary>Recognises errors of the store that are about waiting, not about the data.</summary>
public static class StoreErrors
{
    /// <summary>
    /// True when <paramref name="exception"/> (or an exception inside it) says another writer held the store for
    /// longer than the busy timeout (SQLite <c>SQLITE_BUSY</c> / <c>SQLITE_LOCKED</c>): nothing was written, and
    /// the same step can simply be tried again.
    /// </summary>
    /// <param name="exception">Any exception; <see langword="null"/> gives <see langword="false"/>.</param>
    public static bool IsBusy(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: 5 or 6 })
            {
                return true;
            }
        }

        return false;
    }
}
