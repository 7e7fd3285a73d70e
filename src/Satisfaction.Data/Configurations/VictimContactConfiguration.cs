using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class VictimContactConfiguration : IEntityTypeConfiguration<VictimContact>
{
    public void Configure(EntityTypeBuilder<VictimContact> builder)
    {
        builder.ToTable("victim_contacts", t =>
            t.HasCheckConstraint("ck_victim_contacts_phone_e164", "phone_e164 IS NULL OR phone_e164 GLOB '+[1-9]*'"));
        builder.Property(v => v.VictimId).HasMaxLength(RecordedCrimeLimits.VictimId);
        builder.Property(v => v.PhoneE164).HasMaxLength(RecordedCrimeLimits.PhoneE164);
        builder.Property(v => v.Name).HasMaxLength(200);
        builder.HasIndex(v => new { v.ForceId, v.VictimId }).IsUnique();
        builder.HasIndex(v => v.PhoneE164);
        builder.HasOne<Force>().WithMany().HasForeignKey(v => v.ForceId).OnDelete(DeleteBehavior.Restrict);
    }
}
