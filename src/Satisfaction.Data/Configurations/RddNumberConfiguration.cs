using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class RddNumberConfiguration : IEntityTypeConfiguration<RddNumber>
{
    public void Configure(EntityTypeBuilder<RddNumber> builder)
    {
        builder.ToTable("rdd_numbers", t =>
            t.HasCheckConstraint("ck_rdd_numbers_phone_e164", "phone_e164 GLOB '+[1-9]*'"));
        builder.Property(n => n.PhoneE164).HasMaxLength(16);
        builder.Property(n => n.FinalDisposition).HasMaxLength(8);
        builder.HasIndex(n => n.PhoneE164).IsUnique();
        builder.HasIndex(n => n.RddReplicateId);
        builder.HasOne<NumberBank>().WithMany().HasForeignKey(n => n.NumberBankId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RddReplicate>().WithMany().HasForeignKey(n => n.RddReplicateId).OnDelete(DeleteBehavior.Restrict);
    }
}
