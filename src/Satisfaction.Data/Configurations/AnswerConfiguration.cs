using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class AnswerConfiguration : IEntityTypeConfiguration<Answer>
{
    public void Configure(EntityTypeBuilder<Answer> builder)
    {
        builder.ToTable("answers");
        builder.Property(a => a.QuestionId).HasMaxLength(64);
        builder.Property(a => a.Code).HasMaxLength(32);
        builder.Property(a => a.Text).HasMaxLength(2000);
        builder.HasIndex(a => new { a.InterviewId, a.QuestionId }).IsUnique();
        builder.HasOne<Interview>().WithMany().HasForeignKey(a => a.InterviewId).OnDelete(DeleteBehavior.Restrict);
    }
}
