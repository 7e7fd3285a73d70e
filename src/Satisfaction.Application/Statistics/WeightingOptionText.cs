namespace Satisfaction.Application.Statistics;

/// <summary>The weighting options as typed on the command line, before <see cref="WeightingSettings.Parse"/>.</summary>
public sealed record WeightingOptionText
{
    /// <summary><c>--margins FILE</c>.</summary>
    public string? Margins { get; init; }

    /// <summary><c>--rake</c> (rake explicitly; raking is also the default with margins and no <c>--calfun</c>).</summary>
    public bool Rake { get; init; }

    /// <summary><c>--calfun linear|raking|logit</c>.</summary>
    public string? CalibrationFunction { get; init; }

    /// <summary><c>--bounds LOWER,UPPER</c>.</summary>
    public string? Bounds { get; init; }

    /// <summary><c>--epsilon X</c> (default 1).</summary>
    public string Epsilon { get; init; } = "1";

    /// <summary><c>--maxit N</c> (default 10).</summary>
    public int MaxIterations { get; init; } = 10;

    /// <summary><c>--upper X</c>.</summary>
    public string? Upper { get; init; }

    /// <summary><c>--lower X</c>.</summary>
    public string? Lower { get; init; }

    /// <summary><c>--strict</c>.</summary>
    public bool Strict { get; init; }
}
