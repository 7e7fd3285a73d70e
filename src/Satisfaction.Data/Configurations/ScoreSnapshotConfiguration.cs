using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class ScoreSnapshotConfiguration : IEntityTypeConfiguration<ScoreSnapshot>
{
    public void Configure(EntityTypeBuilder<ScoreSnapshot> builder)
    {
        builder.ToTable("score_snapshots");
        builder.HasIndex(s => new { s.ForceId, s.AsOf }).IsUnique();
        builder.HasOne<Force>().WithMany().HasForeignKey(s => s.ForceId).OnDelete(DeleteBehavior.Restrict);
    }
}
