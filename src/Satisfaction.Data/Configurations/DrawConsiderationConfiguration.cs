using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class DrawConsiderationConfiguration : IEntityTypeConfiguration<DrawConsideration>
{
    public void Configure(EntityTypeBuilder<DrawConsideration> builder)
    {
        builder.ToTable("draw_considerations", t =>
            t.HasCheckConstraint("ck_draw_considerations_probability", "inclusion_probability IS NULL OR (inclusion_probability >= 0 AND inclusion_probability <= 1)"));
        builder.Property(c => c.CrimeRef).HasMaxLength(RecordedCrimeLimits.CrimeRef);
        builder.Property(c => c.ReasonCode).HasMaxLength(48);
        builder.Property(c => c.Stratum).HasMaxLength(64);
        builder.Property(c => c.AsbRepeatLocation).HasDefaultValue(false);

        // Each record is considered exactly once over all its force's draws.
        builder.HasIndex(c => new { c.ForceId, c.CrimeRef }).IsUnique();
        builder.HasIndex(c => c.SampleDrawId);
        builder.HasOne<SampleDraw>().WithMany().HasForeignKey(c => c.SampleDrawId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RecordedCrime>().WithMany().HasForeignKey(c => new { c.ForceId, c.CrimeRef }).HasPrincipalKey(r => new { r.ForceId, r.CrimeRef }).OnDelete(DeleteBehavior.Restrict);
    }
}
