namespace Satisfaction.Architecture.Tests;

/// <summary>
/// Which project may reference which. Production code (src/) depends inwards only: Core on nothing, Data on
/// Core, Application on Data and Core; the adapters (scheduling, SMS, web, reporting) on Application; the demo
/// only from the CLI; no production project on a tool. A new project fails here until it is given a rule.
/// </summary>
public sealed class LayerRulesTests
{
    /// <summary>Allowed references of each production project (src/).</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Satisfaction.Core"] = [],
        ["Satisfaction.Data"] = ["Satisfaction.Core"],
        ["Satisfaction.Data.PostgreSql"] = ["Satisfaction.Core", "Satisfaction.Data"],
        ["Satisfaction.Application"] = ["Satisfaction.Core", "Satisfaction.Data"],
        ["Satisfaction.Reporting"] = ["Satisfaction.Core", "Satisfaction.Data", "Satisfaction.Application", "Satisfaction.Scheduling"],
        ["Satisfaction.Scheduling"] = ["Satisfaction.Core", "Satisfaction.Data", "Satisfaction.Application"],
        ["Satisfaction.Sms"] = ["Satisfaction.Core", "Satisfaction.Data", "Satisfaction.Application", "Satisfaction.Scheduling"],
        ["Satisfaction.Demo"] =
        [
            "Satisfaction.Core", "Satisfaction.Data", "Satisfaction.Application", "Satisfaction.Sms", "Satisfaction.Scheduling", "Satisfaction.Reporting",
        ],
        ["Satisfaction.Web"] =
        [
            "Satisfaction.Core", "Satisfaction.Data", "Satisfaction.Application", "Satisfaction.Scheduling", "Satisfaction.Sms", "Satisfaction.Reporting",
        ],
        ["Satisfaction.Cli"] =
        [
            "Satisfaction.Core", "Satisfaction.Data", "Satisfaction.Application", "Satisfaction.Scheduling", "Satisfaction.Sms",
            "Satisfaction.Reporting", "Satisfaction.Web", "Satisfaction.Demo", "Satisfaction.Data.PostgreSql",
        ],
    };

    public static TheoryData<string> SrcProjects => new(RepositoryLayout.Projects().Where(p => p.Folder == "src").Select(p => p.Name));

    [Theory]
    [MemberData(nameof(SrcProjects))]
    public void SrcProject_ReferencesOnlyItsAllowedLayers(string name)
    {
        var project = RepositoryLayout.Projects().Single(p => p.Name == name);
        Assert.True(Allowed.TryGetValue(name, out var allowed), $"{project.RelativePath} has no layer rule: add one to {nameof(LayerRulesTests)}.");
        var forbidden = project.References.Where(r => !allowed.Contains(r)).ToList();
        Assert.True(forbidden.Count == 0, $"{project.RelativePath} references {string.Join(", ", forbidden)}; allowed: {string.Join(", ", allowed)}.");
    }

    [Fact]
    public void NoProductionProject_ReferencesATool()
    {
        var projects = RepositoryLayout.Projects();
        var tools = projects.Where(p => p.Folder == "tools").Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var offending = projects.Where(p => p.Folder == "src")
            .SelectMany(p => p.References.Where(tools.Contains).Select(r => $"{p.Name} -> {r}"))
            .ToList();
        Assert.True(offending.Count == 0, "production projects referencing tools: " + string.Join(", ", offending));
    }

    [Fact]
    public void Demo_IsReferencedOnlyByTheCliToolsAndTests()
    {
        var offending = RepositoryLayout.Projects()
            .Where(p => p.Folder == "src" && p.Name != "Satisfaction.Cli" && p.References.Contains("Satisfaction.Demo"))
            .Select(p => p.Name)
            .ToList();
        Assert.True(offending.Count == 0, "the demo is referenced by: " + string.Join(", ", offending));
    }

    [Fact]
    public void ToolsAndTests_ReferenceNoTestProject()
    {
        var projects = RepositoryLayout.Projects();
        var testProjects = projects.Where(p => p.Folder == "tests").Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var offending = projects.SelectMany(p => p.References.Where(testProjects.Contains).Select(r => $"{p.Name} -> {r}")).ToList();
        Assert.True(offending.Count == 0, "references to test projects: " + string.Join(", ", offending));
    }

    [Fact]
    public void EveryProject_IsInTheSolution()
    {
        var inSolution = RepositoryLayout.SolutionProjects().ToHashSet(StringComparer.Ordinal);
        var missing = RepositoryLayout.Projects().Select(p => p.RelativePath).Where(p => !inSolution.Contains(p)).ToList();
        Assert.True(missing.Count == 0, "not in Satisfaction.sln (so not built or tested by CI): " + string.Join(", ", missing));
    }

    [Fact]
    public void RuleTable_CoversTheLayersThatExist()
    {
        // Control: the walk finds the three inner layers, so an empty project list cannot pass the theory above.
        var names = RepositoryLayout.Projects().Select(p => p.Name).ToList();
        Assert.Contains("Satisfaction.Core", names);
        Assert.Contains("Satisfaction.Application", names);
        Assert.Contains("Satisfaction.Cli", names);
    }
}
