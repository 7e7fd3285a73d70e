namespace Satisfaction.Data.Entities;

/// <summary>A division (basic command unit) of a force, e.g. EAST, SOUTH, WEST.</summary>
public sealed class Division
{
    /// <summary>Store key.</summary>
    public int Id { get; set; }

    /// <summary>The force the division belongs to.</summary>
    public int ForceId { get; set; }

    /// <summary>The force (navigation).</summary>
    public Force? Force { get; set; }

    /// <summary>Code unique within the force, upper case, e.g. <c>EAST</c> (max 16); the CSV <c>division</c> column.</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>Display name (max 100).</summary>
    public string Name { get; set; } = string.Empty;
}
