using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class SampleDrawConfiguration : IEntityTypeConfiguration<SampleDraw>
{
    public void Configure(EntityTypeBuilder<SampleDraw> builder)
    {
        builder.ToTable("sample_draws", t =>
            t.HasCheckConstraint("ck_sample_draws_window", "window_start <= window_end"));
        builder.Property(d => d.ProgrammeCodes).HasMaxLength(400);
        builder.Property(d => d.AllocationMethod).HasMaxLength(32);
        builder.Property(d => d.SelectionMethod).HasMaxLength(32);
        builder.HasIndex(d => new { d.ForceId, d.AsOf });
        builder.HasOne<Force>().WithMany().HasForeignKey(d => d.ForceId).OnDelete(DeleteBehavior.Restrict);
    }
}
