namespace Satisfaction.Application.Rdd;

/// <summary>Settings of the RDD public-confidence sample: configuration section <c>Rdd</c>.</summary>
public sealed class RddOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Rdd";

    /// <summary>Number-bank CSV used when <c>rdd release</c> is given no <c>--banks</c> (<c>Rdd:BanksFile</c>).</summary>
    public string? BanksFile { get; set; }

    /// <summary>Completed interviews wanted per month (<c>Rdd:TargetInterviewsPerMonth</c>, 1 or more; default 50).</summary>
    public int TargetInterviewsPerMonth { get; set; } = 50;

    /// <summary>Numbers per released replicate (<c>Rdd:ReplicateSize</c>, 1 or more; default 100).</summary>
    public int ReplicateSize { get; set; } = 100;

    /// <summary>Call attempts after which a number counts as worked out (<c>Rdd:MaxCallAttempts</c>, 1 or more; default 6).</summary>
    public int MaxCallAttempts { get; set; } = 6;

    /// <summary>Banks need at least this many listed residential numbers (<c>Rdd:MinimumListed</c>, 0 to 100; default 1).</summary>
    public int MinimumListed { get; set; } = 1;
}
