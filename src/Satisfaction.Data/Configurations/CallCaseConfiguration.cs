using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class CallCaseConfiguration : IEntityTypeConfiguration<CallCase>
{
    public void Configure(EntityTypeBuilder<CallCase> builder)
    {
        builder.ToTable("call_cases", t =>
        {
            t.HasCheckConstraint("ck_call_cases_one_case", "(sampled_case_id IS NULL) <> (rdd_number_id IS NULL)");
            t.HasCheckConstraint("ck_call_cases_lock", "(locked_by IS NULL) = (lock_expires_at IS NULL) AND (locked_by IS NULL) = (locked_at IS NULL)");
            t.HasCheckConstraint("ck_call_cases_priority", "priority BETWEEN 0 AND 2");
            t.HasCheckConstraint("ck_call_cases_attempts", "attempts >= 0");
        });
        builder.Property(c => c.QuestionnaireId).HasMaxLength(64);
        builder.Property(c => c.Stratum).HasMaxLength(64);
        builder.Property(c => c.Disposition).HasMaxLength(8);
        builder.Property(c => c.LockedBy).HasMaxLength(100);
        builder.Property(c => c.KishTable).HasMaxLength(4);
        builder.Property(c => c.SelectionMethod).HasMaxLength(32);
        builder.Property(c => c.Notes).HasMaxLength(4000);

        // The claim reads this index in order: one force's ready cases of one queue (survey or QA) by priority, then by when they fell due.
        builder.HasIndex(c => new { c.ForceId, c.Status, c.Purpose, c.Priority, c.NextCallAt, c.Id }).HasDatabaseName("ix_call_cases_queue");
        builder.HasIndex(c => c.LockedBy);
        builder.HasIndex(c => new { c.Purpose, c.SampledCaseId }).IsUnique();
        builder.HasIndex(c => new { c.Purpose, c.RddNumberId }).IsUnique();
        builder.HasOne<SampledCase>().WithMany().HasForeignKey(c => c.SampledCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Force>().WithMany().HasForeignKey(c => c.ForceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RddNumber>().WithMany().HasForeignKey(c => c.RddNumberId).OnDelete(DeleteBehavior.Restrict);
    }
}
