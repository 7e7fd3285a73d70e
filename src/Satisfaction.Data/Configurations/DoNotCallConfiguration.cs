using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class DoNotCallConfiguration : IEntityTypeConfiguration<DoNotCall>
{
    public void Configure(EntityTypeBuilder<DoNotCall> builder)
    {
        builder.ToTable("do_not_call");
        builder.Property(d => d.PhoneE164).HasMaxLength(16);
        builder.Property(d => d.Source).HasMaxLength(64);
        builder.HasIndex(d => d.PhoneE164).IsUnique();
    }
}
