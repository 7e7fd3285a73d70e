using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class QaInterviewConfiguration : IEntityTypeConfiguration<QaInterview>
{
    public void Configure(EntityTypeBuilder<QaInterview> builder)
    {
        builder.ToTable("qa_interviews");
        builder.Property(i => i.QuestionnaireId).HasMaxLength(64);
        builder.Property(i => i.QuestionnaireVersion).HasMaxLength(32);
        builder.HasIndex(i => i.CallCaseId);
        builder.HasOne<CallCase>().WithMany().HasForeignKey(i => i.CallCaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
