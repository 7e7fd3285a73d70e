using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Application.Questionnaires;

/// <summary>What linting a file or folder of questionnaires found.</summary>
/// <param name="Files">The files checked, in name order.</param>
/// <param name="Problems">Every problem, file by file, each sorted by line and column; empty when all are clean.</param>
public sealed record QuestionnaireLintReport(IReadOnlyList<QuestionnaireFile> Files, IReadOnlyList<QuestionnaireProblem> Problems)
{
    /// <summary>True when no file has a problem.</summary>
    public bool Clean => Problems.Count == 0;
}
