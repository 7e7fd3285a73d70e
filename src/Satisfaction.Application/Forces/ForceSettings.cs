using System.Text.Json;
using System.Text.Json.Serialization;
using Satisfaction.Core.Contact;

namespace Satisfaction.Application.Forces;

/// <summary>The force settings kept in <c>forces.settings_json</c>: MSG peers, contact hours, bank holidays, programmes folder.</summary>
internal sealed record ForceSettings
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public IReadOnlyList<string> MsgPeers { get; init; } = [];

    public ContactHoursOptions ContactHours { get; init; } = new();

    public string? ProgrammesPath { get; init; }

    /// <summary>One-off bank-holiday changes given at set-up; null: the file built into the program.</summary>
    public IReadOnlyList<BankHolidayChange>? BankHolidays { get; init; }

    /// <summary>The name of the file they came from.</summary>
    public string? BankHolidaysSource { get; init; }

    public static ForceSettings Read(string json) =>
        string.IsNullOrWhiteSpace(json) ? new ForceSettings() : JsonSerializer.Deserialize<ForceSettings>(json, Json) ?? new ForceSettings();

    public string Write() => JsonSerializer.Serialize(this, Json);
}
