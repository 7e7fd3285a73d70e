using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class NumberBankConfiguration : IEntityTypeConfiguration<NumberBank>
{
    public void Configure(EntityTypeBuilder<NumberBank> builder)
    {
        builder.ToTable("number_banks", t =>
            t.HasCheckConstraint("ck_number_banks_listed_count", "listed_count >= 0 AND listed_count <= 100"));
        builder.Property(b => b.AreaCode).HasMaxLength(8);
        builder.Property(b => b.Prefix).HasMaxLength(12);
        builder.HasIndex(b => new { b.ForceId, b.AreaCode, b.Prefix }).IsUnique();
        builder.HasOne<Force>().WithMany().HasForeignKey(b => b.ForceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Division>().WithMany().HasForeignKey(b => b.DivisionId).OnDelete(DeleteBehavior.Restrict);
    }
}
