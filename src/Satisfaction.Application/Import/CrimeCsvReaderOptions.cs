using Satisfaction.Core.Time;

namespace Satisfaction.Application.Import;

/// <summary>Settings for <see cref="CrimeCsvReader"/>.</summary>
public sealed record CrimeCsvReaderOptions
{
    /// <summary>Bad rows reported in full (default 100); the rest are counted ("and N more").</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Local times in the spring-forward gap (default: read as GMT, i.e. shifted forward).</summary>
    public SkippedLocalTimePolicy SkippedTimes { get; init; } = SkippedLocalTimePolicy.ShiftForward;

    /// <summary>
    /// Local times in the autumn overlap (default: the later, GMT occurrence, as the demo generator also
    /// resolves them).
    /// </summary>
    public AmbiguousLocalTimePolicy AmbiguousTimes { get; init; } = AmbiguousLocalTimePolicy.Later;

    /// <summary>
    /// Report a crime_ref seen earlier in the file (default true). It keeps every reference in memory; the
    /// store import turns it off and detects duplicates in its staging table instead.
    /// </summary>
    public bool DetectDuplicateRefs { get; init; } = true;
}
