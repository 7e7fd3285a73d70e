namespace Satisfaction.Data.Entities;

/// <summary>
/// A survey run continuously: <c>uss</c> (user groups burglary, vehicle, violent, hate), <c>asb</c>,
/// <c>rdd_confidence</c>. Eligibility rules live beside the questionnaire, not here.
/// </summary>
public sealed class SurveyProgramme
{
    /// <summary>Store key.</summary>
    public int Id { get; set; }

    /// <summary>The force running it.</summary>
    public int ForceId { get; set; }

    /// <summary>Unique code within the force, e.g. <c>uss</c> (max 32).</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>Display name (max 100).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>What is surveyed.</summary>
    public ProgrammeKind Kind { get; set; }

    /// <summary>User-group codes sampled and reported separately, e.g. burglary, vehicle, violent, hate (each max 32).</summary>
    public List<string> UserGroups { get; set; } = [];

    /// <summary>Id of the questionnaire used (file name stem under <c>questionnaires/</c>, max 64).</summary>
    public string QuestionnaireId { get; set; } = string.Empty;

    /// <summary>False when the programme no longer samples.</summary>
    public bool IsActive { get; set; } = true;
}
