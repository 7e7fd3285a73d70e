using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class ForceConfiguration : IEntityTypeConfiguration<Force>
{
    public void Configure(EntityTypeBuilder<Force> builder)
    {
        builder.ToTable("forces");
        builder.Property(f => f.Code).HasMaxLength(16);
        builder.Property(f => f.Name).HasMaxLength(100);
        builder.Property(f => f.TimeZoneId).HasMaxLength(64);
        builder.Property(f => f.SettingsJson).HasMaxLength(8000).HasDefaultValue("{}");
        builder.HasIndex(f => f.Code).IsUnique();
    }
}
