using Satisfaction.Core.Sampling;

namespace Satisfaction.Application.Sampling;

/// <summary>Why a record was or was not sampled.</summary>
/// <param name="Rules">Every rule and its result, evaluated at <paramref name="EvaluatedAt"/>.</param>
/// <param name="EvaluatedAt">The draw's date when a draw considered the record, else the date asked for.</param>
/// <param name="Draw">The draw that considered it; null when no draw has yet.</param>
public sealed record RecordExplanation(EligibilityExplanation Rules, DateOnly EvaluatedAt, StoredConsideration? Draw);
