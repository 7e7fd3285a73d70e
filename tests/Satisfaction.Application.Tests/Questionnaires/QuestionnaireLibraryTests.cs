using Satisfaction.Application.Questionnaires;
using Satisfaction.Core;

namespace Satisfaction.Application.Tests.Questionnaires;

public sealed class QuestionnaireLibraryTests : IDisposable
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "Data", "questionnaires");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "questionnaire-tests-" + Guid.NewGuid().ToString("N"));
    private readonly QuestionnaireLibrary _library = new();

    public QuestionnaireLibraryTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void Lint_ShippedFolder_IsCleanAndNamesFilesAsGiven()
    {
        var report = _library.Lint(Shipped, "questionnaires");

        Assert.True(report.Clean, string.Join("; ", report.Problems));
        Assert.Equal(8, report.Files.Count);
        Assert.Equal("questionnaires/asb.yaml", report.Files[0].Display);
    }

    [Fact]
    public void Lint_BrokenCopy_ReportsFileLineAndColumn()
    {
        var text = File.ReadAllText(Path.Combine(Shipped, "sms-victim.yaml")).Replace("id: \"sms-victim\"", "id: \"sms-victim\"\nunknown_key: 1", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder, "broken.yaml"), text);

        var report = _library.Lint(_folder, "q");

        var problem = Assert.Single(report.Problems);
        Assert.Equal(("q/broken.yaml", 6), (problem.File, problem.Line));
    }

    [Fact]
    public void Load_ById_FindsItInAnyFileOfTheFolder()
    {
        File.Copy(Path.Combine(Shipped, "asb.yaml"), Path.Combine(_folder, "renamed.yaml"));

        var questionnaire = _library.Load(_folder, "q", "asb");

        Assert.Equal("asb", questionnaire.Id);
        Assert.Equal("q/renamed.yaml", questionnaire.FileName);
    }

    [Fact]
    public void Load_UnknownIdOrFolder_IsInvalidInput()
    {
        Assert.Equal("q: no questionnaire with id 'uss-shoplifting'", Assert.Throws<InvalidInputException>(() => _library.Load(Shipped, "q", "uss-shoplifting")).Message);
        Assert.Equal("nowhere: no such file or folder", Assert.Throws<InvalidInputException>(() => _library.Load(Path.Combine(_folder, "nowhere"), "nowhere", "asb")).Message);
        Assert.Equal("q: no *.yaml questionnaire files in this folder", Assert.Throws<InvalidInputException>(() => _library.Find(_folder, "q")).Message);
    }

    [Fact]
    public void Render_PipesSampleValuesAndMarksTheOthers()
    {
        var questionnaire = _library.Load(Shipped, "questionnaires", "uss-burglary");
        var renderer = new ScriptRenderer();

        var sample = new Dictionary<string, string> { ["crime_type"] = "burglary" };

        var lines = renderer.Render(questionnaire, sample);
        var first = renderer.RenderQuestion(questionnaire, questionnaire.Questions[0], 1, sample);
        var unpiped = renderer.RenderQuestion(questionnaire, questionnaire.Questions[0], 1, new Dictionary<string, string>());

        Assert.Contains("== Introduction and consent ==", lines);
        Assert.Contains(lines, l => l.Contains("about the burglary you reported to us on [report_date].", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains('\n', StringComparison.Ordinal));
        Assert.Equal($"Q1. [{questionnaire.Questions[0].Id}]", first[0]);
        Assert.Equal(first, lines.SkipWhile(l => !l.StartsWith("Q1. ", StringComparison.Ordinal)).Take(first.Count));
        Assert.Contains(unpiped, l => l.Contains("about the [crime_type] you reported to us on [report_date].", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
