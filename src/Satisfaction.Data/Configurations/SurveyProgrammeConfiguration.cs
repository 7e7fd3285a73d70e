using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Configurations;

internal sealed class SurveyProgrammeConfiguration : IEntityTypeConfiguration<SurveyProgramme>
{
    public void Configure(EntityTypeBuilder<SurveyProgramme> builder)
    {
        builder.ToTable("survey_programmes");
        builder.Property(p => p.Code).HasMaxLength(32);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.QuestionnaireId).HasMaxLength(64);
        builder.Property(p => p.UserGroups).HasMaxLength(400);
        builder.HasIndex(p => new { p.ForceId, p.Code }).IsUnique();
        builder.HasOne<Force>().WithMany().HasForeignKey(p => p.ForceId).OnDelete(DeleteBehavior.Restrict);
    }
}
