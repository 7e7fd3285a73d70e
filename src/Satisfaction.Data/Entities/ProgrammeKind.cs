namespace Satisfaction.Data.Entities;

/// <summary>What a survey programme surveys.</summary>
public enum ProgrammeKind
{
    /// <summary>Home Office-style user satisfaction survey of victims of crime (burglary, vehicle, violent, hate).</summary>
    UserSatisfaction = 0,

    /// <summary>Anti-social behaviour survey run to the same guidelines.</summary>
    AntiSocialBehaviour = 1,

    /// <summary>Public confidence survey by random digit dialling.</summary>
    PublicConfidence = 2,
}
