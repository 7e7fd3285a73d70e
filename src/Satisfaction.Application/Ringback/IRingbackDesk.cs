using Satisfaction.Core.Questionnaires;
using Satisfaction.Core.Rdd;

namespace Satisfaction.Application.Ringback;

/// <summary>
/// What a call-handler does, as the console and the scripts call it: take the next case, see it, run the
/// interview one answer at a time (each saved at once), go back, note, select the household respondent, record
/// the outcome, release. Every call that touches a held case renews its lock. The store version is
/// <see cref="RingbackDesk"/>; <see cref="TrainingDesk"/> works the same on made-up cases and records nothing.
/// </summary>
public interface IRingbackDesk
{
    /// <summary>True for the training desk (made-up cases, nothing recorded).</summary>
    bool Training { get; }

    /// <summary>The case the handler already holds, else the next due case (appointments, fresh, retries), locked to them.</summary>
    Task<NextCaseResult> NextAsync(string handler, CancellationToken cancellationToken = default);

    /// <summary>The case screen of a held case.</summary>
    Task<CaseSheet> OpenAsync(CaseClaim claim, string handler, CancellationToken cancellationToken = default);

    /// <summary>Starts the interview, or resumes the stored one at the question it stopped at.</summary>
    Task<InterviewStep> StartInterviewAsync(CaseClaim claim, string handler, CancellationToken cancellationToken = default);

    /// <summary>Records an answer to the current question and saves it before returning the next step; an invalid answer is refused (<see cref="InterviewStep.Rejected"/>) and nothing is saved.</summary>
    Task<InterviewStep> AnswerAsync(CaseClaim claim, string handler, Answer answer, CancellationToken cancellationToken = default);

    /// <summary>Goes back to the previous question (its answer is removed, to be given again).</summary>
    Task<InterviewStep> BackAsync(CaseClaim claim, string handler, CancellationToken cancellationToken = default);

    /// <summary>Adds a free-text note to the case (saved at once).</summary>
    Task AddNoteAsync(CaseClaim claim, string handler, string note, CancellationToken cancellationToken = default);

    /// <summary>Stores the RDD household selection made in the console.</summary>
    Task SaveHouseholdAsync(CaseClaim claim, string handler, HouseholdSelection selection, int? position, CancellationToken cancellationToken = default);

    /// <summary>Renews the lock on a key that saves nothing.</summary>
    Task TouchAsync(CaseClaim claim, string handler, CancellationToken cancellationToken = default);

    /// <summary>Ends the call with an outcome; the re-call rules decide when the case is called next or close it; the lock is freed.</summary>
    Task<RecordResult> RecordAsync(RecordRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gives the case back to the queue without recording a call.</summary>
    /// <returns>False when the handler did not hold it.</returns>
    Task<bool> ReleaseAsync(long caseId, string handler, CancellationToken cancellationToken = default);
}
