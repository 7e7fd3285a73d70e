using Satisfaction.Core.Sampling;

namespace Satisfaction.Application.Sampling;

/// <summary>Why a record was or was not sampled.</summary>
/// <param name="Rules">Every rule and its result, evaluated at <paramref name="EvaluatedAt"/>.</param>
/// <param name="EvaluatedAt">The draw's date when a draw considered the record, else the date asked for.</param>
/// <param name="Draw">The draw that considered it; null when no draw has yet.</param>
/// <param name="AsbRepeatLocation">
/// True for an ASB incident at a repeat location: as stored by the draw that considered it, else as the store now shows.
/// </param>
/// <param name="AsbIncidentsInPeriod">
/// ASB incidents from its location in the 180 days to its report, up to and including it (0 when not ASB or no location).
/// </param>
public sealed record RecordExplanation(
    EligibilityExplanation Rules, DateOnly EvaluatedAt, StoredConsideration? Draw, bool AsbRepeatLocation, int AsbIncidentsInPeriod);
