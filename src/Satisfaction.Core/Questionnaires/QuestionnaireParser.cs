using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Satisfaction.Core.Questionnaires;

/// <summary>
/// Reads a questionnaire definition (YAML, format <c>satisfaction-questionnaire/1</c>) from text.
/// Pure: the caller reads the file; the file name is used only in messages.
/// </summary>
public static class QuestionnaireParser
{
    internal static readonly string[] RootKeys = ["format", "id", "version", "title", "language", "notes", "sample", "scales", "blocks", "measures"];
    internal static readonly string[] SampleFieldKeys = ["description", "longest", "values"];
    internal static readonly string[] ScaleKeys = ["id", "type", "options", "min", "max", "max_length", "sms_hint"];
    internal static readonly string[] OptionKeys = ["code", "label", "aliases", "missing"];
    internal static readonly string[] BlockKeys = ["id", "title", "relevant", "questions"];
    internal static readonly string[] QuestionKeys = ["id", "text", "sms", "note", "scale", "relevant", "routes", "goto"];
    internal static readonly string[] RouteKeys = ["if", "goto"];
    internal static readonly string[] MeasureKeys = ["id", "title", "question", "satisfied", "valid"];

    /// <summary>
    /// Parses a definition, collecting structural problems (YAML syntax, missing, unknown or mistyped keys,
    /// malformed conditions) with line and column. Semantic checks are the linter's
    /// (<see cref="QuestionnaireLinter"/>).
    /// </summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="fileName">File name for messages.</param>
    /// <returns>The model (null when the YAML cannot be read at all) and the problems.</returns>
    public static QuestionnaireParseResult Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var reader = new YamlNodeReader(fileName);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var reason = e.InnerException is { } inner && e.Message.StartsWith('(') ? inner.Message : e.Message;
            reader.Report(new SourcePosition((int)e.Start.Line, (int)e.Start.Column), $"YAML syntax error: {Clean(reason)}");
            return new QuestionnaireParseResult(null, reader.Problems);
        }

        if (stream.Documents.Count != 1)
        {
            reader.Report(SourcePosition.Start, stream.Documents.Count == 0 ? "the file is empty" : "the file must hold exactly one YAML document");
            return new QuestionnaireParseResult(null, reader.Problems);
        }

        if (reader.AsMapping(stream.Documents[0].RootNode, "the questionnaire") is not { } root)
        {
            return new QuestionnaireParseResult(null, reader.Problems);
        }

        var questionnaire = ReadRoot(reader, root);
        return new QuestionnaireParseResult(questionnaire, reader.Problems);
    }

    private static string Clean(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 40) - (Line: ...): "; the position is reported separately.
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && cut > 0 ? message[(cut + 3)..] : message;
    }

    private static Questionnaire ReadRoot(YamlNodeReader r, YamlMappingNode root)
    {
        r.CheckKeys(root, "the questionnaire", RootKeys);
        var format = r.RequiredString(root, "format", "the questionnaire");
        if (format.Length > 0 && !string.Equals(format, Questionnaire.FormatName, StringComparison.Ordinal))
        {
            r.Report(YamlNodeReader.Get(root, "format")!, $"format '{format}' is not supported; expected '{Questionnaire.FormatName}'");
        }

        var id = r.RequiredString(root, "id", "the questionnaire");
        var version = r.RequiredString(root, "version", "the questionnaire");
        var title = r.RequiredString(root, "title", "the questionnaire");
        var language = r.RequiredString(root, "language", "the questionnaire");
        var notes = r.OptionalString(root, "notes", "the questionnaire");

        var sample = ReadSample(r, YamlNodeReader.Get(root, "sample"));
        var scales = new List<AnswerScale>();
        foreach (var node in r.AsSequence(YamlNodeReader.Get(root, "scales"), "'scales'")?.Children ?? [])
        {
            if (r.AsMapping(node, "a scale") is { } map)
            {
                scales.Add(ReadScale(r, map));
            }
        }

        var blocks = new List<QuestionBlock>();
        var index = 0;
        var blockNodes = r.AsSequence(YamlNodeReader.Get(root, "blocks"), "'blocks'");
        if (blockNodes is null && YamlNodeReader.Get(root, "blocks") is null)
        {
            r.Report(root, "the questionnaire has no 'blocks'");
        }

        foreach (var node in blockNodes?.Children ?? [])
        {
            if (r.AsMapping(node, "a block") is { } map)
            {
                var block = ReadBlock(r, map, index);
                index += block.Questions.Count;
                blocks.Add(block);
            }
        }

        var measures = new List<Measure>();
        foreach (var node in r.AsSequence(YamlNodeReader.Get(root, "measures"), "'measures'")?.Children ?? [])
        {
            if (r.AsMapping(node, "a measure") is { } map)
            {
                measures.Add(ReadMeasure(r, map));
            }
        }

        return new Questionnaire(r.File, id, version, title, language, sample, scales, blocks, measures) { Notes = notes };
    }

    private static List<SampleField> ReadSample(YamlNodeReader r, YamlNode? node)
    {
        var fields = new List<SampleField>();
        if (r.AsMapping(node, "'sample'") is not { } map)
        {
            return fields;
        }

        foreach (var (keyNode, valueNode) in map.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var what = $"sample field '{name}'";
            if (valueNode is YamlScalarNode { Value: null or "" or "~" })
            {
                fields.Add(new SampleField(name, null, null, [], YamlNodeReader.PositionOf(keyNode)));
                continue;
            }

            if (r.AsMapping(valueNode, what) is not { } field)
            {
                continue;
            }

            r.CheckKeys(field, what, SampleFieldKeys);
            fields.Add(new SampleField(
                name,
                r.OptionalString(field, "description", what),
                r.OptionalString(field, "longest", what),
                r.StringList(field, "values", what),
                YamlNodeReader.PositionOf(keyNode)));
        }

        return fields;
    }

    private static AnswerScale ReadScale(YamlNodeReader r, YamlMappingNode map)
    {
        var id = r.RequiredString(map, "id", "a scale");
        var what = $"scale '{id}'";
        r.CheckKeys(map, what, ScaleKeys);
        var typeText = r.RequiredString(map, "type", what);
        var type = typeText switch
        {
            "choice" => ScaleType.Choice,
            "number" => ScaleType.Number,
            "text" => ScaleType.Text,
            _ => (ScaleType?)null,
        };
        if (type is null && typeText.Length > 0)
        {
            r.Report(YamlNodeReader.Get(map, "type")!, $"{what} type '{typeText}' is not one of choice, number, text");
        }

        var options = new List<AnswerOption>();
        foreach (var node in r.AsSequence(YamlNodeReader.Get(map, "options"), $"{what} 'options'")?.Children ?? [])
        {
            if (r.AsMapping(node, $"an option of {what}") is not { } option)
            {
                continue;
            }

            r.CheckKeys(option, $"an option of {what}", OptionKeys);
            var code = r.OptionalInt(option, "code", $"an option of {what}");
            if (code is null && YamlNodeReader.Get(option, "code") is null)
            {
                r.Report(option, $"an option of {what} has no 'code'");
            }

            options.Add(new AnswerOption(
                code ?? int.MinValue,
                r.RequiredString(option, "label", $"an option of {what}"),
                r.StringList(option, "aliases", $"an option of {what}"),
                r.OptionalBool(option, "missing", $"an option of {what}"),
                YamlNodeReader.PositionOf(option)));
        }

        var scale = new AnswerScale(
            id,
            type ?? ScaleType.Choice,
            options,
            r.OptionalInt(map, "min", what),
            r.OptionalInt(map, "max", what),
            r.OptionalInt(map, "max_length", what),
            r.OptionalString(map, "sms_hint", what),
            YamlNodeReader.PositionOf(map));
        if (scale.Type == ScaleType.Choice && options.Count == 0 && type is not null)
        {
            r.Report(map, $"{what} is a choice scale with no options");
        }

        if (scale.Type == ScaleType.Number && (scale.Min is null || scale.Max is null || scale.Min > scale.Max))
        {
            r.Report(map, $"{what} is a number scale and needs 'min' and 'max' with min <= max");
        }

        return scale;
    }

    private static QuestionBlock ReadBlock(YamlNodeReader r, YamlMappingNode map, int firstIndex)
    {
        var id = r.RequiredString(map, "id", "a block");
        var what = $"block '{id}'";
        r.CheckKeys(map, what, BlockKeys);
        var title = r.RequiredString(map, "title", what);
        var relevant = r.OptionalCondition(map, "relevant", what);
        var questions = new List<Question>();
        var seq = r.AsSequence(YamlNodeReader.Get(map, "questions"), $"{what} 'questions'");
        if (seq is null || seq.Children.Count == 0)
        {
            r.Report(map, $"{what} has no questions");
        }

        foreach (var node in seq?.Children ?? [])
        {
            if (r.AsMapping(node, $"a question in {what}") is { } question)
            {
                questions.Add(ReadQuestion(r, question, id, firstIndex + questions.Count));
            }
        }

        return new QuestionBlock(id, title, relevant, questions, YamlNodeReader.PositionOf(map));
    }

    private static Question ReadQuestion(YamlNodeReader r, YamlMappingNode map, string blockId, int index)
    {
        var id = r.RequiredString(map, "id", "a question");
        var what = $"question '{id}'";
        r.CheckKeys(map, what, QuestionKeys);
        var routes = new List<Route>();
        foreach (var node in r.AsSequence(YamlNodeReader.Get(map, "routes"), $"{what} 'routes'")?.Children ?? [])
        {
            if (r.AsMapping(node, $"a route of {what}") is not { } route)
            {
                continue;
            }

            r.CheckKeys(route, $"a route of {what}", RouteKeys);
            var when = r.OptionalCondition(route, "if", $"a route of {what}");
            var target = r.RequiredString(route, "goto", $"a route of {what}");
            var at = YamlNodeReader.Get(route, "goto") ?? route;
            if (YamlNodeReader.Get(route, "if") is null)
            {
                r.Report(route, $"a route of {what} has no 'if'; use the question's 'goto' for an unconditional jump");
            }
            else if (when is not null)
            {
                routes.Add(new Route(when, target, YamlNodeReader.PositionOf(at)));
            }
        }

        if (r.OptionalString(map, "goto", what) is { } always)
        {
            routes.Add(new Route(null, always, YamlNodeReader.PositionOf(YamlNodeReader.Get(map, "goto")!)));
        }

        return new Question(
            id,
            blockId,
            index,
            r.RequiredString(map, "text", what),
            r.OptionalString(map, "sms", what),
            r.OptionalString(map, "note", what),
            r.RequiredString(map, "scale", what),
            r.OptionalCondition(map, "relevant", what),
            routes,
            YamlNodeReader.PositionOf(map))
        {
            TextPosition = PositionOrNull(map, "text"),
            SmsPosition = PositionOrNull(map, "sms"),
            ScalePosition = PositionOrNull(map, "scale"),
        };
    }

    private static Measure ReadMeasure(YamlNodeReader r, YamlMappingNode map)
    {
        var id = r.RequiredString(map, "id", "a measure");
        var what = $"measure '{id}'";
        r.CheckKeys(map, what, MeasureKeys);
        var satisfied = r.CodeList(map, "satisfied", what);
        var valid = r.CodeList(map, "valid", what);
        if (YamlNodeReader.Get(map, "satisfied") is null)
        {
            r.Report(map, $"{what} has no 'satisfied' codes");
        }

        if (YamlNodeReader.Get(map, "valid") is null)
        {
            r.Report(map, $"{what} has no 'valid' codes");
        }

        return new Measure(id, r.RequiredString(map, "title", what), r.RequiredString(map, "question", what), satisfied, valid, YamlNodeReader.PositionOf(map))
        {
            QuestionPosition = PositionOrNull(map, "question"),
            SatisfiedPosition = PositionOrNull(map, "satisfied"),
            ValidPosition = PositionOrNull(map, "valid"),
        };
    }

    private static SourcePosition? PositionOrNull(YamlMappingNode map, string key) =>
        YamlNodeReader.Get(map, key) is { } node ? YamlNodeReader.PositionOf(node) : null;
}
