using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class QaAnswerConfiguration : IEntityTypeConfiguration<QaAnswer>
{
    public void Configure(EntityTypeBuilder<QaAnswer> builder)
    {
        builder.ToTable("qa_answers");
        builder.Property(a => a.QuestionId).HasMaxLength(64);
        builder.Property(a => a.Code).HasMaxLength(32);
        builder.Property(a => a.Text).HasMaxLength(2000);
        builder.HasIndex(a => new { a.QaInterviewId, a.QuestionId }).IsUnique();
        builder.HasOne<QaInterview>().WithMany().HasForeignKey(a => a.QaInterviewId).OnDelete(DeleteBehavior.Restrict);
    }
}
