using System.Text.Json;
using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Core.Tests.Questionnaires;

public sealed class QuestionnaireSchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(
        File.ReadAllText(Path.Combine(TestFiles.ShippedFolder, "schema", "questionnaire.schema.json"))).RootElement;

    public static TheoryData<string, string[]> Elements() => new()
    {
        { string.Empty, QuestionnaireParser.RootKeys },
        { "scale", QuestionnaireParser.ScaleKeys },
        { "option", QuestionnaireParser.OptionKeys },
        { "block", QuestionnaireParser.BlockKeys },
        { "question", QuestionnaireParser.QuestionKeys },
        { "route", QuestionnaireParser.RouteKeys },
        { "measure", QuestionnaireParser.MeasureKeys },
    };

    [Theory]
    [MemberData(nameof(Elements))]
    public void Schema_Element_AllowsExactlyTheKeysTheParserReads(string definition, string[] parserKeys)
    {
        var element = definition.Length == 0 ? Schema : Schema.GetProperty("$defs").GetProperty(definition);

        Assert.False(element.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(parserKeys.Order(StringComparer.Ordinal), element.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Schema_Format_IsTheOneTheParserReads()
    {
        Assert.Equal(Questionnaire.FormatName, Schema.GetProperty("properties").GetProperty("format").GetProperty("const").GetString());
    }
}
