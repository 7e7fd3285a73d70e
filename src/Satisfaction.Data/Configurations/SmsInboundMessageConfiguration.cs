using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class SmsInboundMessageConfiguration : IEntityTypeConfiguration<SmsInboundMessage>
{
    public void Configure(EntityTypeBuilder<SmsInboundMessage> builder)
    {
        builder.ToTable("sms_inbound");
        builder.Property(m => m.MessageSid).HasMaxLength(64);
        builder.Property(m => m.FromPhone).HasMaxLength(32);
        builder.Property(m => m.Body).HasMaxLength(1600);
        builder.Property(m => m.QuestionId).HasMaxLength(64);
        builder.Property(m => m.Outcome).HasMaxLength(16);
        builder.HasIndex(m => m.MessageSid).IsUnique();
        builder.HasIndex(m => m.ConversationId);
        builder.HasOne<SmsConversation>().WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Restrict);
    }
}
