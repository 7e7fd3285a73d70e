using System.Text.Json;
using System.Text.Json.Serialization;
using Satisfaction.Core;
using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Application.Ringback;

/// <summary>The stored form of an <see cref="InterviewState"/> (<c>interviews.state_json</c>): camel-case JSON, status as text.</summary>
public static class InterviewStateJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The JSON of a state.</summary>
    public static string Write(InterviewState state) => JsonSerializer.Serialize(state, Options);

    /// <summary>The state in stored JSON.</summary>
    /// <exception cref="InvalidInputException">The JSON is not an interview state.</exception>
    public static InterviewState Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<InterviewState>(json, Options)
                ?? throw new InvalidInputException("a stored interview state is empty");
        }
        catch (JsonException ex)
        {
            throw new InvalidInputException($"a stored interview state is not readable: {ex.Message}", ex);
        }
    }
}
