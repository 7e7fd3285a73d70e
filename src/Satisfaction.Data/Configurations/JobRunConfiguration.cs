using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("job_runs");
        builder.Property(r => r.Job).HasMaxLength(64);
        builder.Property(r => r.FireId).HasMaxLength(140);
        builder.Property(r => r.Outcome).HasMaxLength(16);
        builder.Property(r => r.Message).HasMaxLength(2000);
        builder.HasIndex(r => r.FireId).IsUnique();
        builder.HasIndex(r => new { r.Job, r.Id });
    }
}
