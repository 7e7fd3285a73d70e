using Satisfaction.Core.Fieldwork;
using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Application.Ringback;

/// <summary>The end of one call: its outcome, with an appointment time or answers where they apply.</summary>
/// <param name="CaseId">The call case.</param>
/// <param name="Handler">The handler recording it (must hold the case, or it must be free).</param>
/// <param name="Outcome">The outcome from the short list.</param>
/// <param name="AppointmentAt">For <see cref="CallOutcome.Appointment"/>: the agreed time (after now); else null.</param>
/// <param name="Answers">Answers given in this call, continuing the stored interview from its current question; may be empty.</param>
/// <param name="LockVersion">The claim's version from the console; null from a script (the handler's name is checked).</param>
public sealed record RecordRequest(
    long CaseId,
    string Handler,
    CallOutcome Outcome,
    DateTimeOffset? AppointmentAt = null,
    IReadOnlyList<Answer>? Answers = null,
    long? LockVersion = null);
