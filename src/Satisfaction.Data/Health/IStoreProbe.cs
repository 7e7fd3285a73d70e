namespace Satisfaction.Data.Health;

/// <summary>
/// Whether the store can be written, for <c>GET /health</c>: one implementation per provider (<see cref="StoreProbes"/>).
/// Never throws for an unreachable or broken store: that is the answer. The problem text never holds a password.
/// </summary>
public interface IStoreProbe
{
    /// <summary>Checks the store of <paramref name="options"/>.</summary>
    /// <returns>Writable, and a one-line problem (null when none; a busy store is writable with a note).</returns>
    Task<(bool Writable, string? Problem)> WritableAsync(StoreOptions options, CancellationToken cancellationToken = default);
}
