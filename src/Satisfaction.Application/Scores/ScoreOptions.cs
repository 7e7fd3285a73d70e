namespace Satisfaction.Application.Scores;

/// <summary>Settings of the scores, the report and the exports: configuration section <c>Scores</c>.</summary>
public sealed class ScoreOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Scores";

    /// <summary>
    /// Folder of the questionnaires whose <c>measures:</c> score the answers (<c>Scores:QuestionnairesPath</c>).
    /// Null: <c>questionnaires</c> in the working folder, else the copy shipped beside the program.
    /// </summary>
    public string? QuestionnairesPath { get; set; }

    /// <summary>
    /// Population margins of the RDD survey (<c>Scores:RddMarginsFile</c>): CSV <c>variable,level,total</c>.
    /// Null: the RDD figures are not raked (the method says so and a warning is printed).
    /// </summary>
    public string? RddMarginsFile { get; set; }

    /// <summary>Cap on the RDD base weight (adults in the household), 1 to 20; default 4.</summary>
    public int RddAdultsCap { get; set; } = 4;
}
