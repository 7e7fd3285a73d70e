using Satisfaction.Application.Sampling;
using Satisfaction.Core;

namespace Satisfaction.Application.Tests.Sampling;

public sealed class ProgrammeCatalogTests
{
    [Fact]
    public void Load_ShippedFolder_AsbThenUss()
    {
        Assert.Equal(["asb", "uss"], SamplingStore.Programmes().Select(p => p.Id));
    }

    [Fact]
    public void Load_MissingFolder_UserError()
    {
        var ex = Assert.Throws<InvalidInputException>(() => ProgrammeCatalog.Load("/nonexistent/programmes"));

        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadFile_ErrorNamesFileAndLine()
    {
        using var store = new SamplingStore();
        File.WriteAllText(Path.Combine(store.Folder, "x.yaml"), "id: x\nuser_groups:\n  - id: g\n    questionnaire: q\n    incident_types: [theft]\n");

        var ex = Assert.Throws<InvalidInputException>(() => ProgrammeCatalog.Load(store.Folder));

        Assert.Contains("x.yaml:5: column 'incident_types'", ex.Message, StringComparison.Ordinal);
    }
}
