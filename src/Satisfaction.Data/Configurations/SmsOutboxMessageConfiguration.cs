using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class SmsOutboxMessageConfiguration : IEntityTypeConfiguration<SmsOutboxMessage>
{
    public void Configure(EntityTypeBuilder<SmsOutboxMessage> builder)
    {
        builder.ToTable("sms_outbox");
        builder.Property(m => m.IdempotencyKey).HasMaxLength(100);
        builder.Property(m => m.ToPhone).HasMaxLength(16);
        builder.Property(m => m.Body).HasMaxLength(1600);
        builder.Property(m => m.ProviderSid).HasMaxLength(64);
        builder.Property(m => m.DeliveryStatus).HasMaxLength(16);
        builder.Property(m => m.LastError).HasMaxLength(200);
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();
        builder.HasIndex(m => m.ProviderSid).IsUnique();
        builder.HasIndex(m => new { m.Status, m.NotBefore });
        builder.HasIndex(m => m.ConversationId);
        builder.HasOne<SmsConversation>().WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Restrict);
    }
}
