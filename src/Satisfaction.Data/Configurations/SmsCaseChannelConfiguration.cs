using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class SmsCaseChannelConfiguration : IEntityTypeConfiguration<SmsCaseChannel>
{
    public void Configure(EntityTypeBuilder<SmsCaseChannel> builder)
    {
        builder.ToTable("sms_case_channels");
        builder.HasKey(c => c.SampledCaseId);
        builder.Property(c => c.SampledCaseId).ValueGeneratedNever();
        builder.Property(c => c.RingBackReason).HasMaxLength(32);
        builder.HasIndex(c => c.RingBackQueued);
        builder.HasOne<SampledCase>().WithOne().HasForeignKey<SmsCaseChannel>(c => c.SampledCaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
