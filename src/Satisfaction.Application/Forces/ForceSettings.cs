using System.Text.Json;
using System.Text.Json.Serialization;
using Satisfaction.Core.Contact;

namespace Satisfaction.Application.Forces;

/// <summary>The force settings kept in <c>forces.settings_json</c>: MSG peers, contact hours, programmes folder.</summary>
internal sealed record ForceSettings
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public IReadOnlyList<string> MsgPeers { get; init; } = [];

    public ContactHoursOptions ContactHours { get; init; } = new();

    public string? ProgrammesPath { get; init; }

    public static ForceSettings Read(string json) =>
        string.IsNullOrWhiteSpace(json) ? new ForceSettings() : JsonSerializer.Deserialize<ForceSettings>(json, Json) ?? new ForceSettings();

    public string Write() => JsonSerializer.Serialize(this, Json);
}
