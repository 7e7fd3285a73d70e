using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class RddReplicateConfiguration : IEntityTypeConfiguration<RddReplicate>
{
    public void Configure(EntityTypeBuilder<RddReplicate> builder)
    {
        builder.ToTable("rdd_replicates", t =>
            t.HasCheckConstraint("ck_rdd_replicates_number", "number >= 1 AND size >= 0"));
        builder.HasIndex(r => new { r.ForceId, r.Month, r.Number }).IsUnique();
        builder.HasOne<Force>().WithMany().HasForeignKey(r => r.ForceId).OnDelete(DeleteBehavior.Restrict);
    }
}
