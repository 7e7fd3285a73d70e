using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class ContactAttemptConfiguration : IEntityTypeConfiguration<ContactAttempt>
{
    public void Configure(EntityTypeBuilder<ContactAttempt> builder)
    {
        builder.ToTable("contact_attempts", t =>
        {
            t.HasCheckConstraint("ck_contact_attempts_one_case", "(sampled_case_id IS NULL) <> (rdd_number_id IS NULL)");
            t.HasCheckConstraint("ck_contact_attempts_disposition", "disposition GLOB '[1-4]' OR disposition GLOB '[1-4].[0-9]*'");
        });
        builder.Property(a => a.Outcome).HasMaxLength(32);
        builder.Property(a => a.Disposition).HasMaxLength(8);
        builder.Property(a => a.Handler).HasMaxLength(100);
        builder.HasIndex(a => a.SampledCaseId);
        builder.HasIndex(a => a.RddNumberId);
        builder.HasOne<SampledCase>().WithMany().HasForeignKey(a => a.SampledCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RddNumber>().WithMany().HasForeignKey(a => a.RddNumberId).OnDelete(DeleteBehavior.Restrict);
    }
}
