using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class SmsSuppressionConfiguration : IEntityTypeConfiguration<SmsSuppression>
{
    public void Configure(EntityTypeBuilder<SmsSuppression> builder)
    {
        builder.ToTable("sms_suppressions");
        builder.HasKey(s => s.PhoneKey);
        builder.Property(s => s.PhoneKey).HasMaxLength(64);
        builder.Property(s => s.Source).HasMaxLength(32);
    }
}
