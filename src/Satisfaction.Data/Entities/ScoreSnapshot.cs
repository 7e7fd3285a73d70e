namespace Satisfaction.Data.Entities;

/// <summary>
/// The scores as they stood on a date (the nightly job stores one per as-of date), so that a figure quoted
/// earlier can be reproduced after more interviews arrive. Holds aggregate figures only, no personal data.
/// </summary>
public sealed class ScoreSnapshot
{
    /// <summary>Store key.</summary>
    public long Id { get; set; }

    /// <summary>The force whose scores these are; one snapshot per force and date.</summary>
    public int ForceId { get; set; }

    /// <summary>The as-of date of the scores (UK local date); unique.</summary>
    public DateOnly AsOf { get; set; }

    /// <summary>When the snapshot was taken (UTC).</summary>
    public DateTimeOffset TakenAt { get; set; }

    /// <summary>Number of figures (estimate and change objects) in <see cref="ScoresJson"/>.</summary>
    public int Figures { get; set; }

    /// <summary>The scores as <c>satisfaction scores --format json</c> prints them.</summary>
    public string ScoresJson { get; set; } = "[]";
}
