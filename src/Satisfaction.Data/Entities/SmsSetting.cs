namespace Satisfaction.Data.Entities;

/// <summary>A value the SMS service keeps in the store, e.g. the generated suppression-list key when <c>Sms:SuppressionKey</c> is not set.</summary>
public sealed class SmsSetting
{
    /// <summary>Name (the key, max 64).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Value (max 200).</summary>
    public string Value { get; set; } = string.Empty;
}
