using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Core.Tests.Questionnaires;

/// <summary>Questionnaire files copied into the test output.</summary>
internal static class TestFiles
{
    public static string ShippedFolder => Path.Combine(AppContext.BaseDirectory, "questionnaires");

    public static string BrokenFolder => Path.Combine(AppContext.BaseDirectory, "Data", "Questionnaires", "broken");

    public static IEnumerable<string> ShippedNames() =>
        Directory.GetFiles(ShippedFolder, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static Questionnaire LoadShipped(string name) =>
        QuestionnaireLinter.LoadClean(File.ReadAllText(Path.Combine(ShippedFolder, name)), name);

    public static IReadOnlyList<QuestionnaireProblem> LintBroken(string name) =>
        QuestionnaireLinter.Lint(File.ReadAllText(Path.Combine(BrokenFolder, name)), name);
}
