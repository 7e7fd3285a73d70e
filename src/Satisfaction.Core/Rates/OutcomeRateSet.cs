namespace Satisfaction.Core.Rates;

/// <summary>
/// AAPOR outcome rates (Standard Definitions) of one set of dispositions, as proportions from 0 to 1. A rate
/// whose denominator is zero is null (undefined), never NaN; the rates that use e are null when e is.
/// </summary>
/// <param name="Totals">The counts or weighted totals the rates come from.</param>
/// <param name="E">e, the share of unknown-eligibility cases taken as eligible (0 to 1); null when undefined.</param>
/// <param name="EBasis">How e was obtained, with its figures (AAPOR asks for the basis of e to be stated).</param>
/// <param name="RR1">I / ((I+P) + (R+NC+O) + (UH+UO)).</param>
/// <param name="RR2">(I+P) / ((I+P) + (R+NC+O) + (UH+UO)).</param>
/// <param name="RR3">I / ((I+P) + (R+NC+O) + e(UH+UO)).</param>
/// <param name="RR4">(I+P) / ((I+P) + (R+NC+O) + e(UH+UO)).</param>
/// <param name="RR5">I / ((I+P) + (R+NC+O)).</param>
/// <param name="RR6">(I+P) / ((I+P) + (R+NC+O)).</param>
/// <param name="COOP1">I / ((I+P) + R + O).</param>
/// <param name="COOP2">(I+P) / ((I+P) + R + O).</param>
/// <param name="COOP3">I / ((I+P) + R).</param>
/// <param name="COOP4">(I+P) / ((I+P) + R).</param>
/// <param name="REF1">R / ((I+P) + (R+NC+O) + (UH+UO)).</param>
/// <param name="REF2">R / ((I+P) + (R+NC+O) + e(UH+UO)).</param>
/// <param name="REF3">R / ((I+P) + (R+NC+O)).</param>
/// <param name="CON1">((I+P) + R + O) / ((I+P) + (R+NC+O) + (UH+UO)).</param>
/// <param name="CON2">((I+P) + R + O) / ((I+P) + (R+NC+O) + e(UH+UO)).</param>
/// <param name="CON3">((I+P) + R + O) / ((I+P) + (R+NC+O)).</param>
public sealed record OutcomeRateSet(
    DispositionTotals Totals,
    double? E,
    string EBasis,
    double? RR1,
    double? RR2,
    double? RR3,
    double? RR4,
    double? RR5,
    double? RR6,
    double? COOP1,
    double? COOP2,
    double? COOP3,
    double? COOP4,
    double? REF1,
    double? REF2,
    double? REF3,
    double? CON1,
    double? CON2,
    double? CON3);
