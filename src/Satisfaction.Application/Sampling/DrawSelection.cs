namespace Satisfaction.Application.Sampling;

/// <summary>The draws <c>sample export --draw</c> names.</summary>
/// <param name="DrawIds">Draw ids to export, oldest first (at least one).</param>
/// <param name="Note">A sentence for the user when the choice needs explaining (e.g. the latest draw was empty), else null.</param>
public sealed record DrawSelection(IReadOnlyList<long> DrawIds, string? Note);
