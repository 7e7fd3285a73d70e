namespace Satisfaction.Demo.Synthetic;

/// <summary>The demo force: its code, name, time zone, divisions and survey programmes.</summary>
public static class DemoForce
{
    /// <summary>Force code.</summary>
    public const string Code = "DEMO";

    /// <summary>Force name.</summary>
    public const string Name = "Demo Constabulary";

    /// <summary>The force's time zone.</summary>
    public const string TimeZoneId = "Europe/London";

    /// <summary>Division codes and names.</summary>
    public static IReadOnlyList<(string Code, string Name)> Divisions { get; } =
        [("EAST", "East Division"), ("SOUTH", "South Division"), ("WEST", "West Division")];

    /// <summary>USS user groups surveyed together.</summary>
    public static IReadOnlyList<string> UssUserGroups { get; } = ["burglary", "vehicle", "violent", "hate"];
}
