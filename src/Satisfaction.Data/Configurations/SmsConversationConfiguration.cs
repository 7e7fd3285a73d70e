using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class SmsConversationConfiguration : IEntityTypeConfiguration<SmsConversation>
{
    public void Configure(EntityTypeBuilder<SmsConversation> builder)
    {
        builder.ToTable("sms_conversations");
        builder.Property(c => c.PhoneKey).HasMaxLength(64);
        builder.Property(c => c.SampleJson).HasMaxLength(2000);
        builder.Property(c => c.Disposition).HasMaxLength(8);
        builder.HasIndex(c => new { c.PhoneKey, c.Status });
        builder.HasIndex(c => c.SampledCaseId).IsUnique();
        builder.HasIndex(c => new { c.Status, c.LastActivityAt });
        builder.HasOne<SampledCase>().WithMany().HasForeignKey(c => c.SampledCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Interview>().WithMany().HasForeignKey(c => c.InterviewId).OnDelete(DeleteBehavior.Restrict);
    }
}
