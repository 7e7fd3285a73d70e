using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class RecordedCrimeConfiguration : IEntityTypeConfiguration<RecordedCrime>
{
    public void Configure(EntityTypeBuilder<RecordedCrime> builder)
    {
        builder.ToTable("recorded_crimes", t =>
        {
            t.HasCheckConstraint("ck_recorded_crimes_victim_age", "victim_age IS NULL OR (victim_age >= 0 AND victim_age <= 130)");
            t.HasCheckConstraint("ck_recorded_crimes_source_line", "source_line >= 0");
        });
        builder.Property(c => c.CrimeRef).HasMaxLength(RecordedCrimeLimits.CrimeRef);
        builder.Property(c => c.OffenceCode).HasMaxLength(RecordedCrimeLimits.OffenceCode);
        builder.Property(c => c.VictimId).HasMaxLength(RecordedCrimeLimits.VictimId);
        builder.Property(c => c.LocationId).HasMaxLength(RecordedCrimeLimits.LocationId);
        builder.Property(c => c.SourceFile).HasMaxLength(RecordedCrimeLimits.SourceFile);
        // Crime references are unique per force (two forces may both have a crime 24/1/2026); scoped reads go by force and date.
        builder.HasAlternateKey(c => new { c.ForceId, c.CrimeRef });
        builder.HasIndex(c => new { c.ForceId, c.RecordedDate });
        builder.HasIndex(c => c.VictimId);
        builder.HasIndex(c => new { c.LocationId, c.RecordedDate });
        builder.HasOne(c => c.Division).WithMany().HasForeignKey(c => c.DivisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Force>().WithMany().HasForeignKey(c => c.ForceId).OnDelete(DeleteBehavior.Restrict);
    }
}
