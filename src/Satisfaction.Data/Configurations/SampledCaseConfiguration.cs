using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class SampledCaseConfiguration : IEntityTypeConfiguration<SampledCase>
{
    public void Configure(EntityTypeBuilder<SampledCase> builder)
    {
        builder.ToTable("sampled_cases", t =>
        {
            t.HasCheckConstraint("ck_sampled_cases_probability", "inclusion_probability > 0 AND inclusion_probability <= 1");
            t.HasCheckConstraint("ck_sampled_cases_weight", "design_weight >= 1");
        });
        builder.Property(c => c.CrimeRef).HasMaxLength(RecordedCrimeLimits.CrimeRef);
        builder.Property(c => c.VictimId).HasMaxLength(RecordedCrimeLimits.VictimId);
        builder.Property(c => c.UserGroup).HasMaxLength(32);
        builder.Property(c => c.Stratum).HasMaxLength(64);
        builder.Property(c => c.FinalDisposition).HasMaxLength(8);
        builder.Property(c => c.AsbRepeatLocation).HasDefaultValue(false);
        builder.HasIndex(c => new { c.ForceId, c.CrimeRef }).IsUnique();
        builder.HasIndex(c => c.SampleDrawId);
        builder.HasIndex(c => c.VictimId);
        builder.HasOne<SampleDraw>().WithMany().HasForeignKey(c => c.SampleDrawId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RecordedCrime>().WithMany().HasForeignKey(c => new { c.ForceId, c.CrimeRef }).HasPrincipalKey(r => new { r.ForceId, r.CrimeRef }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SurveyProgramme>().WithMany().HasForeignKey(c => c.SurveyProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Division>().WithMany().HasForeignKey(c => c.DivisionId).OnDelete(DeleteBehavior.Restrict);
    }
}
