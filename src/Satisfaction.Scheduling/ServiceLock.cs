namespace Satisfaction.Scheduling;

/// <summary>
/// Tells whether <c>satisfaction serve</c> is running on a store: the service holds an exclusive lock on
/// <c>NAME.serve.lock</c> beside the store for as long as it runs (the operating system drops it when the process
/// dies, so a crash never leaves a stale lock). On a clustered job store (PostgreSQL) several services share the
/// store by design: nothing is locked, and a service is "running" when a node checked in with the cluster lately.
/// </summary>
public sealed class ServiceLock(SchedulerStore store) : IDisposable
{
    private FileStream? _held;

    /// <summary>The lock file.</summary>
    public string Path { get; } = System.IO.Path.ChangeExtension(store.Path, null).Replace(".scheduler", string.Empty, StringComparison.Ordinal) + ".serve.lock";

    /// <summary>Takes the lock for this process; false when another process holds it.</summary>
    public bool TryAcquire()
    {
        if (store.Clustered || _held is not null)
        {
            return true;
        }

        try
        {
            _held = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>True when a service (another process) holds the lock now.</summary>
    public bool IsHeldElsewhere()
    {
        if (store.Clustered)
        {
            return store.AnyNodeCheckedInRecently();
        }

        if (_held is not null || !File.Exists(Path))
        {
            return false;
        }

        try
        {
            using var probe = new FileStream(Path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _held?.Dispose();
        _held = null;
    }
}
