namespace Satisfaction.Data.Entities;

/// <summary>A victim sampled by a draw: the unit of fieldwork, weighting and export (no contact details).</summary>
public sealed class SampledCase
{
    /// <summary>Store key (the case id).</summary>
    public long Id { get; set; }

    /// <summary>The force of the draw and of the record (crime references are unique per force).</summary>
    public int ForceId { get; set; }

    /// <summary>The draw that selected it.</summary>
    public long SampleDrawId { get; set; }

    /// <summary>The sampled record (max 32); references <see cref="RecordedCrime.CrimeRef"/>. Unique.</summary>
    public string CrimeRef { get; set; } = string.Empty;

    /// <summary>The victim (max 64).</summary>
    public string VictimId { get; set; } = string.Empty;

    /// <summary>The programme it was sampled for.</summary>
    public int SurveyProgrammeId { get; set; }

    /// <summary>User group code, e.g. burglary (max 32).</summary>
    public string UserGroup { get; set; } = string.Empty;

    /// <summary>The record's division.</summary>
    public int DivisionId { get; set; }

    /// <summary>Stratum key (max 64).</summary>
    public string Stratum { get; set; } = string.Empty;

    /// <summary>Inclusion probability, in (0, 1].</summary>
    public double InclusionProbability { get; set; }

    /// <summary>Design weight, 1 / inclusion probability.</summary>
    public double DesignWeight { get; set; }

    /// <summary>
    /// True for an ASB incident that is the 5th or later from the same location in the rolling 180 days to its
    /// report (a repeat location); a reporting domain. False for every other record.
    /// </summary>
    public bool AsbRepeatLocation { get; set; }

    /// <summary>Fieldwork state.</summary>
    public CaseStatus Status { get; set; }

    /// <summary>When fieldwork on the case ended (completed or closed, UTC); null while open. Retention counts from it.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Final AAPOR disposition code once closed, e.g. <c>1.1</c>, <c>2.111</c> (max 8).</summary>
    public string? FinalDisposition { get; set; }
}
