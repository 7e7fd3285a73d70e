using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Forces;

/// <summary>
/// The one force a command, job run or request acts for: the code of <c>Store:Force</c> (<c>--force CODE</c>),
/// else the store's only force. Every use case reads and writes that force's rows only. Found once per scope, on
/// first use, so a command that never touches the store does not need a force.
/// </summary>
public sealed class ForceScope
{
    private readonly SatisfactionDbContext _db;
    private Force? _force;

    /// <summary>A scope for force <paramref name="code"/> (any case), or the only force when null or empty.</summary>
    public ForceScope(SatisfactionDbContext db, string? code)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        Code = string.IsNullOrWhiteSpace(code) ? null : code.Trim();
    }

    /// <summary>The scope of configuration key <c>Store:Force</c>.</summary>
    public ForceScope(SatisfactionDbContext db, IOptions<StoreOptions> options)
        : this(db, options?.Value.Force)
    {
    }

    /// <summary>The code asked for, or null for the store's only force.</summary>
    public string? Code { get; }

    /// <summary>The force (looked up once).</summary>
    /// <exception cref="Core.InvalidInputException">No such force (the known codes are named), no force, or several and no code.</exception>
    public async Task<Force> GetAsync(CancellationToken cancellationToken)
    {
        _force ??= await ForceLookup.FindAsync(_db, Code, cancellationToken).ConfigureAwait(false);
        return _force;
    }

    /// <summary>The force's store key.</summary>
    /// <exception cref="Core.InvalidInputException">As <see cref="GetAsync"/>.</exception>
    public async Task<int> IdAsync(CancellationToken cancellationToken) => (await GetAsync(cancellationToken).ConfigureAwait(false)).Id;

    /// <summary>
    /// For reads: the force's store key, or 0 (no row has it) when no code was asked for and the store has no force
    /// yet, so that a read of an empty store finds nothing instead of failing.
    /// </summary>
    /// <exception cref="Core.InvalidInputException">No such force (the known codes are named), or several and no code.</exception>
    public async Task<int> ReadIdAsync(CancellationToken cancellationToken) =>
        Code is null && _force is null && !await _db.Forces.AnyAsync(cancellationToken).ConfigureAwait(false)
            ? 0
            : await IdAsync(cancellationToken).ConfigureAwait(false);
}
