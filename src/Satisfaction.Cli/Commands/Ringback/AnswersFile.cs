using System.Text.Json;
using Satisfaction.Core;
using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Cli.Commands.Ringback;

/// <summary>
/// The <c>--answers FILE.json</c> of <c>ringback record</c>: one JSON object whose members are question ids, in
/// the order asked, each a code (a whole number) or a text, e.g. <c>{"consent": 1, "comments": "kind officer"}</c>.
/// </summary>
public static class AnswersFile
{
    /// <summary>Reads the answers in file order.</summary>
    /// <exception cref="InvalidInputException">The file is missing, not JSON, not an object, or a value is neither a whole number nor a text (the message names the file and the question).</exception>
    public static IReadOnlyList<Answer> Read(string path, string display)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"{display}: no such file.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException ex)
        {
            throw new InvalidInputException($"{display}:{(ex.LineNumber ?? 0) + 1}: not valid JSON.", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidInputException($"{display}: the answers must be one JSON object of question id to code or text, e.g. {{\"consent\": 1}}.");
            }

            var answers = new List<Answer>();
            foreach (var member in document.RootElement.EnumerateObject())
            {
                answers.Add(member.Value.ValueKind switch
                {
                    JsonValueKind.Number when member.Value.TryGetInt32(out var code) => Answer.OfCode(member.Name, code),
                    JsonValueKind.String => Answer.OfText(member.Name, member.Value.GetString()!),
                    _ => throw new InvalidInputException($"{display}: question '{member.Name}': the answer must be a whole number (a code) or a text."),
                });
            }

            return answers;
        }
    }
}
