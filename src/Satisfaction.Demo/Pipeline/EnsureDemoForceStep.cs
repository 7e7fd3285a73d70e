using Microsoft.EntityFrameworkCore;
using Satisfaction.Data.Entities;
using Satisfaction.Demo.Synthetic;

namespace Satisfaction.Demo.Pipeline;

/// <summary>Creates the demo force, its divisions EAST/SOUTH/WEST and its programmes, if missing.</summary>
public sealed class EnsureDemoForceStep : IDemoStep
{
    /// <inheritdoc />
    public string Name => "force";

    /// <inheritdoc />
    public async Task<DemoStepResult> RunAsync(DemoRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var db = run.Db;
        var created = new List<string>();
        var force = await db.Forces.SingleOrDefaultAsync(f => f.Code == DemoForce.Code, cancellationToken).ConfigureAwait(false);
        if (force is null)
        {
            force = new Force { Code = DemoForce.Code, Name = DemoForce.Name, TimeZoneId = DemoForce.TimeZoneId, CreatedAt = run.Time.GetUtcNow() };
            db.Forces.Add(force);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            created.Add("force " + force.Code);
        }

        run.ForceId = force.Id;
        var divisions = await db.Divisions.Where(d => d.ForceId == force.Id).Select(d => d.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (code, name) in DemoForce.Divisions.Where(d => !divisions.Contains(d.Code)))
        {
            db.Divisions.Add(new Division { ForceId = force.Id, Code = code, Name = name });
            created.Add("division " + code);
        }

        var programmes = await db.SurveyProgrammes.Where(p => p.ForceId == force.Id).Select(p => p.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var programme in Programmes(force.Id).Where(p => !programmes.Contains(p.Code)))
        {
            db.SurveyProgrammes.Add(programme);
            created.Add("programme " + programme.Code);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new DemoStepResult(Name, created.Count == 0
            ? $"{DemoForce.Code} ({DemoForce.Name}) already set up"
            : $"created {string.Join(", ", created)}");
    }

    private static IEnumerable<SurveyProgramme> Programmes(int forceId) =>
    [
        new() { ForceId = forceId, Code = "uss", Name = "User satisfaction (burglary, vehicle, violent, hate)", Kind = ProgrammeKind.UserSatisfaction, UserGroups = [.. DemoForce.UssUserGroups], QuestionnaireId = "uss" },
        new() { ForceId = forceId, Code = "asb", Name = "Anti-social behaviour satisfaction", Kind = ProgrammeKind.AntiSocialBehaviour, UserGroups = ["asb"], QuestionnaireId = "asb" },
        new() { ForceId = forceId, Code = "rdd_confidence", Name = "Public confidence (random digit dialling)", Kind = ProgrammeKind.PublicConfidence, UserGroups = [], QuestionnaireId = "rdd_confidence" },
    ];
}
