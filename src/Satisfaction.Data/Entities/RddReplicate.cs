namespace Satisfaction.Data.Entities;

/// <summary>A batch of RDD numbers released together for a fieldwork month.</summary>
public sealed class RddReplicate
{
    /// <summary>Store key.</summary>
    public int Id { get; set; }

    /// <summary>The force whose number banks the replicate was drawn from; replicate numbers run per force and month.</summary>
    public int ForceId { get; set; }

    /// <summary>First day of the fieldwork month.</summary>
    public DateOnly Month { get; set; }

    /// <summary>1-based number of the replicate within the month; unique with <see cref="Month"/>.</summary>
    public int Number { get; set; }

    /// <summary>When it was released (UTC).</summary>
    public DateTimeOffset ReleasedAt { get; set; }

    /// <summary>Seed used to draw its numbers.</summary>
    public long Seed { get; set; }

    /// <summary>How many numbers it holds.</summary>
    public int Size { get; set; }
}
