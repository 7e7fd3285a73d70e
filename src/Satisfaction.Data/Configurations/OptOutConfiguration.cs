using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class OptOutConfiguration : IEntityTypeConfiguration<OptOut>
{
    public void Configure(EntityTypeBuilder<OptOut> builder)
    {
        builder.ToTable("opt_outs", t =>
            t.HasCheckConstraint("ck_opt_outs_subject", "victim_id IS NOT NULL OR phone_hash IS NOT NULL"));
        builder.Property(o => o.VictimId).HasMaxLength(RecordedCrimeLimits.VictimId);
        builder.Property(o => o.PhoneHash).HasMaxLength(64);
        builder.Property(o => o.Reason).HasMaxLength(200);
        builder.HasIndex(o => o.VictimId);
        builder.HasIndex(o => o.PhoneHash);
    }
}
