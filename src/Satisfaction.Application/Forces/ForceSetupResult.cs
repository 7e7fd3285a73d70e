namespace Satisfaction.Application.Forces;

/// <summary>What <see cref="ForceSetup.EnsureAsync(ForceDefinition, CancellationToken)"/> did.</summary>
/// <param name="ForceId">Store key of the force.</param>
/// <param name="Code">Force code.</param>
/// <param name="Changes">One line per change (e.g. <c>created force LANCS</c>, <c>added division WEST</c>); empty when nothing changed.</param>
public sealed record ForceSetupResult(int ForceId, string Code, IReadOnlyList<string> Changes);
