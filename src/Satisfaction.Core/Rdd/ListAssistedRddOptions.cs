namespace Satisfaction.Core.Rdd;

/// <summary>Settings for a list-assisted RDD draw.</summary>
public sealed record ListAssistedRddOptions
{
    /// <summary>
    /// Keep only banks with at least this many directory-listed residential numbers ("1+ banks" by
    /// default). Range: 0 to 100; 0 keeps every bank (pure RDD over the bank list).
    /// </summary>
    public int MinimumListed { get; init; } = 1;
}
