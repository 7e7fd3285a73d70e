namespace Satisfaction.Core.Statistics;

/// <summary>The names of <see cref="LonelyPsuPolicy"/> on the command line (R's <c>survey.lonely.psu</c> values).</summary>
public static class LonelyPsuNames
{
    /// <summary>The names accepted by <see cref="Parse"/>, for messages.</summary>
    public static string Choices => "fail, remove, adjust, average or certainty";

    /// <summary>Command-line name of a policy (lower case).</summary>
    public static string Name(LonelyPsuPolicy policy) => policy.ToString().ToLowerInvariant();

    /// <summary>Parses a name (case-insensitive); null when it is none of <see cref="Choices"/>.</summary>
    public static LonelyPsuPolicy? Parse(string? name) => name?.Trim().ToUpperInvariant() switch
    {
        "FAIL" => LonelyPsuPolicy.Fail,
        "REMOVE" => LonelyPsuPolicy.Remove,
        "ADJUST" => LonelyPsuPolicy.Adjust,
        "CERTAINTY" => LonelyPsuPolicy.Certainty,
        "AVERAGE" => LonelyPsuPolicy.Average,
        _ => null,
    };
}
