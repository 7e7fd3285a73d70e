namespace Satisfaction.Application.Scores;

/// <summary>A respondent row of a programme's design, as the scores estimate it.</summary>
/// <param name="Record">The counted interview.</param>
/// <param name="Period"><c>in_year</c> or <c>previous_12m</c>.</param>
/// <param name="Weight">Final weight (after nonresponse adjustment, or raking for RDD).</param>
/// <param name="DesignStratum">Variance stratum: draw x stratum (<c>DRAW|STRATUM</c>) for victims, release month for RDD.</param>
/// <param name="Fpc">Eligible population of the variance stratum; null for RDD (no fpc).</param>
public sealed record ScoreRespondent(ResponseRecord Record, string Period, double Weight, string DesignStratum, double? Fpc);
