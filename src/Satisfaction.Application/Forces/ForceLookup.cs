using Microsoft.EntityFrameworkCore;
using Satisfaction.Core;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Forces;

/// <summary>Finds the force a command acts for: the one named, else the store's only force.</summary>
public static class ForceLookup
{
    /// <summary>The force with code <paramref name="code"/> (any case; else the force of that name), or the only force when no code is given.</summary>
    /// <exception cref="InvalidInputException">
    /// No such force (the known codes are named), no force at all, or several forces and no code.
    /// </exception>
    public static async Task<Force> FindAsync(SatisfactionDbContext db, string? code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var forces = await db.Forces.AsNoTracking().OrderBy(f => f.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (code is not null)
        {
            return forces.SingleOrDefault(f => string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase))
                ?? forces.FirstOrDefault(f => string.Equals(f.Name, code, StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidInputException(forces.Count == 0
                    ? $"--force '{code}': the store has no force yet; set one up with 'satisfaction force init' (or try 'satisfaction demo')."
                    : $"--force '{code}': no such force; known: {string.Join(", ", forces.Select(f => f.Code))}.");
        }

        return forces.Count switch
        {
            1 => forces[0],
            0 => throw new InvalidInputException("the store has no force yet; set one up with 'satisfaction force init' (or try 'satisfaction demo')."),
            _ => throw new InvalidInputException(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"the store holds {forces.Count} forces ({string.Join(", ", forces.Select(f => f.Code))}); say which with --force CODE")),
        };
    }
}
