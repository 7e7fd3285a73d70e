namespace Satisfaction.Data.Entities;

/// <summary>One run of the sampler at an as-of date: what was considered, with which seed and design.</summary>
public sealed class SampleDraw
{
    /// <summary>Store key (the draw id).</summary>
    public long Id { get; set; }

    /// <summary>The force the draw is for; every consideration and case of the draw belongs to it.</summary>
    public int ForceId { get; set; }

    /// <summary>Codes of the programmes drawn for (each max 32).</summary>
    public List<string> ProgrammeCodes { get; set; } = [];

    /// <summary>The date the draw treated as today (force-local).</summary>
    public DateOnly AsOf { get; set; }

    /// <summary>The seed of the random selection.</summary>
    public long Seed { get; set; }

    /// <summary>First report date in the fieldwork window (inclusive).</summary>
    public DateOnly WindowStart { get; set; }

    /// <summary>Last report date in the fieldwork window (inclusive).</summary>
    public DateOnly WindowEnd { get; set; }

    /// <summary>Allocation method code: census, proportional, equal, neyman, target_precision (max 32).</summary>
    public string AllocationMethod { get; set; } = string.Empty;

    /// <summary>Selection method code: srs, systematic, poisson (max 32).</summary>
    public string SelectionMethod { get; set; } = "srs";

    /// <summary>Every other design parameter (caps, targets, rule set version), as JSON.</summary>
    public string ParametersJson { get; set; } = "{}";

    /// <summary>When the draw was made (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Life-cycle state.</summary>
    public SampleDrawStatus Status { get; set; }
}
