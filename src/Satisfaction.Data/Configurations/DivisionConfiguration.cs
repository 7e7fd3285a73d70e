using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class DivisionConfiguration : IEntityTypeConfiguration<Division>
{
    public void Configure(EntityTypeBuilder<Division> builder)
    {
        builder.ToTable("divisions");
        builder.Property(d => d.Code).HasMaxLength(RecordedCrimeLimits.DivisionCode);
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.HasIndex(d => new { d.ForceId, d.Code }).IsUnique();
        builder.HasOne(d => d.Force).WithMany().HasForeignKey(d => d.ForceId).OnDelete(DeleteBehavior.Restrict);
    }
}
