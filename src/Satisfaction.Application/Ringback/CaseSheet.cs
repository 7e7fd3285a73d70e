using Satisfaction.Core.Fieldwork;
using Satisfaction.Core.Rdd;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Ringback;

/// <summary>
/// What the case screen shows: only what the call needs. Victims: first name, number, crime type and report
/// date to read out; RDD: the number and the household selection. Both: attempts so far and notes.
/// Personal data: never log it.
/// </summary>
/// <param name="CaseId">The call case id.</param>
/// <param name="Kind">Victim or RDD.</param>
/// <param name="Purpose">Survey or QA ring-back.</param>
/// <param name="FirstName">The victim's first name to ask for; null for RDD or when not known.</param>
/// <param name="PhoneE164">The number to dial (E.164).</param>
/// <param name="CrimeType">What was reported, in words to read out (victims), e.g. <c>burglary</c>.</param>
/// <param name="ReportDate">When it was reported (UK date; victims).</param>
/// <param name="QuestionnaireId">The script of the call.</param>
/// <param name="Attempts">Earlier calls, oldest first.</param>
/// <param name="Notes">Handlers' notes, or null.</param>
/// <param name="Disposition">The case's AAPOR disposition now.</param>
/// <param name="Selection">Household selection method (RDD).</param>
/// <param name="KishTable">Kish table of the number (RDD, Kish grid), else null.</param>
/// <param name="Training">True for a made-up training case.</param>
public sealed record CaseSheet(
    long CaseId,
    CaseKind Kind,
    CallPurpose Purpose,
    string? FirstName,
    string PhoneE164,
    string? CrimeType,
    DateOnly? ReportDate,
    string QuestionnaireId,
    IReadOnlyList<AttemptLine> Attempts,
    string? Notes,
    string Disposition,
    HouseholdSelectionMethod? Selection,
    KishTable? KishTable,
    bool Training);
