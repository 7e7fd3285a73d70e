using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class InboxFileConfiguration : IEntityTypeConfiguration<InboxFile>
{
    public void Configure(EntityTypeBuilder<InboxFile> builder)
    {
        builder.ToTable("inbox_files");
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.Outcome).HasMaxLength(16);
        builder.Property(f => f.Details).HasMaxLength(2000);
        builder.HasIndex(f => f.Sha256).IsUnique();
    }
}
