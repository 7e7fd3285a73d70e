using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class QaAttemptConfiguration : IEntityTypeConfiguration<QaAttempt>
{
    public void Configure(EntityTypeBuilder<QaAttempt> builder)
    {
        builder.ToTable("qa_attempts", t =>
            t.HasCheckConstraint("ck_qa_attempts_disposition", "disposition GLOB '[1-4]' OR disposition GLOB '[1-4].[0-9]*'"));
        builder.Property(a => a.Handler).HasMaxLength(100);
        builder.Property(a => a.Outcome).HasMaxLength(32);
        builder.Property(a => a.Disposition).HasMaxLength(8);
        builder.HasIndex(a => a.CallCaseId);
        builder.HasOne<CallCase>().WithMany().HasForeignKey(a => a.CallCaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
