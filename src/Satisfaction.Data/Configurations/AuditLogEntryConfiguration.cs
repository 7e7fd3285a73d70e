using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class AuditLogEntryConfiguration : IEntityTypeConfiguration<AuditLogEntry>
{
    public void Configure(EntityTypeBuilder<AuditLogEntry> builder)
    {
        builder.ToTable("audit_log");
        builder.Property(a => a.Actor).HasMaxLength(100);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.Subject).HasMaxLength(200);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.Subject);
    }
}
