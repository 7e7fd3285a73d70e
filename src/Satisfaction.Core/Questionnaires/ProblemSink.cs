namespace Satisfaction.Core.Questionnaires;

/// <summary>Collects lint problems for one file.</summary>
internal sealed class ProblemSink(string file)
{
    private readonly List<QuestionnaireProblem> problems = [];

    public IReadOnlyList<QuestionnaireProblem> Problems => problems;

    public void Add(SourcePosition position, string reason) => problems.Add(QuestionnaireProblem.At(file, position, reason));
}
