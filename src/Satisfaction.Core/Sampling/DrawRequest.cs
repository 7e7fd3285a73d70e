namespace Satisfaction.Core.Sampling;

/// <summary>Everything a draw needs; the same request always gives the same result.</summary>
/// <param name="Records">All records available (the whole store, or at least those not yet considered plus the ASB history).</param>
/// <param name="Programmes">Programmes in matching order.</param>
/// <param name="Context">Draw date, earlier samples per victim, opt-outs.</param>
/// <param name="AlreadyConsidered">Crime refs an earlier draw considered (never considered again).</param>
/// <param name="Seed">The seed (stored with the draw).</param>
public sealed record DrawRequest(
    IReadOnlyList<IncidentRecord> Records,
    IReadOnlyList<SamplingProgramme> Programmes,
    EligibilityContext Context,
    IReadOnlySet<string> AlreadyConsidered,
    long Seed);
