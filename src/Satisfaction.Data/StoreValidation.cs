using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Satisfaction.Core;

namespace Satisfaction.Data;

/// <summary>Checks made before every save: text fits its column (SQLite would not complain), audit rows are never changed.</summary>
internal static class StoreValidation
{
    public static void Validate(ChangeTracker changeTracker)
    {
        foreach (var entry in changeTracker.Entries())
        {
            if (entry.Entity is Entities.AuditLogEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit log is append-only: its rows cannot be changed or deleted.");
            }

            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is string text
                    && property.Metadata.GetMaxLength() is int max
                    && text.Length > max)
                {
                    // The value itself is not echoed: it may be personal data (a phone number, a name).
                    throw new InvalidInputException(
                        $"{entry.Metadata.ClrType.Name}.{property.Metadata.Name} is {text.Length} characters long; the store keeps at most {max}.");
                }
            }
        }
    }
}
