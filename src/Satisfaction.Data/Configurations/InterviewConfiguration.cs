using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class InterviewConfiguration : IEntityTypeConfiguration<Interview>
{
    public void Configure(EntityTypeBuilder<Interview> builder)
    {
        builder.ToTable("interviews", t =>
            t.HasCheckConstraint("ck_interviews_one_case", "(sampled_case_id IS NULL) <> (rdd_number_id IS NULL)"));
        builder.Property(i => i.QuestionnaireId).HasMaxLength(64);
        builder.Property(i => i.QuestionnaireVersion).HasMaxLength(32);
        builder.HasIndex(i => i.SampledCaseId);
        builder.HasIndex(i => i.RddNumberId);
        builder.HasOne<SampledCase>().WithMany().HasForeignKey(i => i.SampledCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RddNumber>().WithMany().HasForeignKey(i => i.RddNumberId).OnDelete(DeleteBehavior.Restrict);
    }
}
