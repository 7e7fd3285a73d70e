using System.Globalization;
using Satisfaction.Application.Ringback;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Fieldwork;
using Satisfaction.Core.Questionnaires;
using Satisfaction.Core.Rdd;
using Satisfaction.Data;

namespace Satisfaction.Cli.Commands.Ringback.Screen;

/// <summary>
/// The call-handler's console: next case, case screen, interview one question at a time, outcome. Keys: on the
/// case screen <c>S</c> start or resume the interview, <c>O</c> record an outcome, <c>N</c> note, <c>R</c> give
/// the case back, <c>Q</c> quit; in the interview a number key answers (<c>0</c> is code 10; other codes and
/// numbers are typed and ended with Enter), <c>B</c> goes back one question, <c>N</c> adds a note, <c>X</c> ends
/// the call with an outcome. Every answer is saved by the desk before the next question shows. Data shown is
/// escaped with <see cref="TerminalText"/>.
/// </summary>
public sealed class RingbackScreen(IRingbackDesk desk, IHandlerInput input, IScreenOutput output, RingbackPolicy policy, TimeProvider time, string handler)
{
    /// <summary>The outcome menu: key, outcome.</summary>
    public static readonly IReadOnlyList<(char Key, CallOutcome Outcome)> OutcomeKeys =
    [
        ('1', CallOutcome.Complete), ('2', CallOutcome.Partial), ('3', CallOutcome.Refusal), ('4', CallOutcome.BreakOff),
        ('5', CallOutcome.NoAnswer), ('6', CallOutcome.Busy), ('7', CallOutcome.AnsweringMachine), ('8', CallOutcome.MessageLeft),
        ('9', CallOutcome.WrongNumber), ('a', CallOutcome.NotInService), ('b', CallOutcome.NotEligible), ('c', CallOutcome.Appointment),
        ('d', CallOutcome.Language), ('e', CallOutcome.Unable),
    ];

    private readonly HashSet<long> householdsSelected = [];

    /// <summary>Runs the console until the handler quits or input ends; a held case is given back on the way out.</summary>
    /// <returns>The number of calls recorded.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var recorded = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            NextCaseResult next;
            try
            {
                next = await desk.NextAsync(handler, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (StoreErrors.IsBusy(ex))
            {
                if (!BusyRetry())
                {
                    return recorded;
                }

                continue;
            }

            if (next.Claim is not { } claim)
            {
                output.NewScreen(Title(null));
                output.Warn("Nothing to call: " + next.NothingDueReason + (next.NextDueAt is { } at ? " (next: " + Local(at) + ")" : string.Empty));
                output.Keys("Enter try again · Q quit");
                var key = input.ReadKey();
                if (key is null || IsKey(key.Value, 'q'))
                {
                    return recorded;
                }

                continue;
            }

            CaseEnd end;
            try
            {
                end = await WorkCaseAsync(claim, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (StoreErrors.IsBusy(ex))
            {
                // The case stays held by this handler, so the next turn of the loop offers it again where it was.
                if (!BusyRetry())
                {
                    return recorded;
                }

                continue;
            }
            catch (InvalidInputException ex)
            {
                output.Warn(TerminalText.Safe(ex.Message));
                output.Keys("Enter next case · Q quit");
                var key = input.ReadKey();
                if (key is null || IsKey(key.Value, 'q'))
                {
                    return recorded;
                }

                continue;
            }

            if (end == CaseEnd.Recorded)
            {
                recorded++;
                output.Keys("Enter next case · Q quit");
                var key = input.ReadKey();
                if (key is null || IsKey(key.Value, 'q'))
                {
                    return recorded;
                }
            }
            else if (end == CaseEnd.Quit)
            {
                return recorded;
            }
        }

        return recorded;
    }

    private bool BusyRetry()
    {
        output.Warn("The store is busy (another handler, a draw or an import is writing). Nothing was lost: answers given so far are saved.");
        output.Keys("Enter try again · Q quit");
        var key = input.ReadKey();
        return key is not null && !IsKey(key.Value, 'q');
    }

    private async Task<CaseEnd> WorkCaseAsync(CaseClaim claim, CancellationToken cancellationToken)
    {
        while (true)
        {
            var sheet = await desk.OpenAsync(claim, handler, cancellationToken).ConfigureAwait(false);
            ShowCase(sheet, claim);
            output.Keys("S start/resume interview · O outcome · N note · R give back · Q quit");
            var key = input.ReadKey();
            if (key is null)
            {
                await desk.ReleaseAsync(claim.CaseId, handler, cancellationToken).ConfigureAwait(false);
                return CaseEnd.Quit;
            }

            switch (char.ToLowerInvariant(key.Value))
            {
                case 's':
                    if (await InterviewAsync(claim, sheet, cancellationToken).ConfigureAwait(false) is { } end)
                    {
                        return end;
                    }

                    break;
                case 'o':
                    if (await OutcomeAsync(claim, cancellationToken).ConfigureAwait(false))
                    {
                        return CaseEnd.Recorded;
                    }

                    break;
                case 'n':
                    await NoteAsync(claim, cancellationToken).ConfigureAwait(false);
                    break;
                case 'r':
                    await GiveBackAsync(claim, cancellationToken).ConfigureAwait(false);
                    return CaseEnd.Released;
                case 'q':
                    await GiveBackAsync(claim, cancellationToken).ConfigureAwait(false);
                    return CaseEnd.Quit;
                default:
                    await desk.TouchAsync(claim, handler, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    private async Task<CaseEnd?> InterviewAsync(CaseClaim claim, CaseSheet sheet, CancellationToken cancellationToken)
    {
        var step = await desk.StartInterviewAsync(claim, handler, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            if (step.Question is not { } question || step.Scale is not { } scale)
            {
                var banner = step.Status == InterviewStatus.Completed
                    ? "The interview is complete (the script has ended). Thank the respondent and record the outcome."
                    : "The interview has ended. Record the outcome.";
                return await OutcomeAsync(claim, cancellationToken, banner).ConfigureAwait(false) ? CaseEnd.Recorded : null;
            }

            if (sheet.Kind == CaseKind.Rdd && sheet.Selection == HouseholdSelectionMethod.KishGrid && sheet.KishTable is { } table
                && question.Id == RingbackText.SelectionQuestion && householdsSelected.Add(claim.CaseId))
            {
                await KishAsync(claim, table, step, cancellationToken).ConfigureAwait(false);
            }

            ShowQuestion(claim, step, question, scale);
            var single = !input.Lines && SingleKey(scale);
            string? entry;
            if (single)
            {
                var key = input.ReadKey();
                if (key is null)
                {
                    return CaseEnd.Quit;
                }

                entry = key.Value.ToString();
            }
            else
            {
                output.Prompt(scale.Type == ScaleType.Text ? "answer (text, Enter; Esc for B/N/X)> " : "answer (code, Enter; B/N/X)> ");
                entry = input.ReadLine();
                if (entry is null && !input.Lines)
                {
                    var key = input.ReadKey();
                    entry = key?.ToString();
                }

                if (entry is null)
                {
                    return CaseEnd.Quit;
                }
            }

            var command = entry.Trim();
            if (scale.Type != ScaleType.Text || single || command.Length == 1)
            {
                if (IsCommand(command, 'b'))
                {
                    step = await desk.BackAsync(claim, handler, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (IsCommand(command, 'n'))
                {
                    await NoteAsync(claim, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (IsCommand(command, 'x'))
                {
                    if (await OutcomeAsync(claim, cancellationToken).ConfigureAwait(false))
                    {
                        return CaseEnd.Recorded;
                    }

                    continue;
                }
            }

            if (ToAnswer(question, scale, entry, single) is not { } answer)
            {
                step = step with { Rejected = "not an answer: use the number keys shown (0 is code 10), B back, N note, X end the call" };
                await desk.TouchAsync(claim, handler, cancellationToken).ConfigureAwait(false);
                continue;
            }

            step = await desk.AnswerAsync(claim, handler, answer, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task KishAsync(CaseClaim claim, KishTable table, InterviewStep step, CancellationToken cancellationToken)
    {
        var adults = step.Answers.FirstOrDefault(a => a.QuestionId == RingbackText.AdultsQuestion)?.Code ?? 1;
        var roster = new List<KishRosterMember>();
        for (var i = 1; i <= adults; i++)
        {
            output.NewScreen(Title(claim));
            output.Line(string.Create(CultureInfo.InvariantCulture, $"Household selection (Kish grid, table {EnumCodes.ToCode(table).ToUpperInvariant()}): list the {adults} adults aged 16 or over."), strong: true);
            output.Line(string.Create(CultureInfo.InvariantCulture, $"Adult {i} of {adults}: sex? M male · F female · O other or not said"));
            var sex = AdultSex.Other;
            var key = input.ReadKey();
            if (key is { } k)
            {
                sex = char.ToLowerInvariant(k) switch { 'm' => AdultSex.Male, 'f' => AdultSex.Female, _ => AdultSex.Other };
            }

            int age;
            while (true)
            {
                output.Prompt(string.Create(CultureInfo.InvariantCulture, $"Adult {i}: age in years (16-120), Enter> "));
                var line = input.ReadLine();
                if (int.TryParse(line?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out age) && age is >= 16 and <= 120)
                {
                    break;
                }

                output.Warn("give the age as a whole number from 16 to 120");
            }

            roster.Add(new KishRosterMember(sex, age));
        }

        var selection = KishGrid.Select(roster, table);
        var position = KishGrid.SelectedPosition(table, roster.Count);
        await desk.SaveHouseholdAsync(claim, handler, selection, position, cancellationToken).ConfigureAwait(false);
        var chosen = roster[selection.SelectedIndex!.Value];
        output.NewScreen(Title(claim));
        output.Line(string.Create(CultureInfo.InvariantCulture,
            $"Ask to speak to adult {selection.SelectedIndex + 1}: {SexWord(chosen.Sex)} aged {chosen.Age} (position {position} in Kish order)."), strong: true);
        output.Keys("Enter continue");
        input.ReadKey();
    }

    private async Task<bool> OutcomeAsync(CaseClaim claim, CancellationToken cancellationToken, string? banner = null)
    {
        while (true)
        {
            output.NewScreen(Title(claim) + " · outcome");
            if (banner is not null)
            {
                output.Line(banner, strong: true);
            }

            foreach (var (key, outcome) in OutcomeKeys)
            {
                output.Line(string.Create(CultureInfo.InvariantCulture, $"{key}  {policy.Rules.For(outcome).Description}"));
            }

            output.Keys("key of the outcome · Esc or Enter back");
            var pressed = input.ReadKey();
            if (pressed is null or KeyInput.Escape or KeyInput.Enter)
            {
                return false;
            }

            var match = OutcomeKeys.Where(k => k.Key == char.ToLowerInvariant(pressed.Value)).Select(k => (CallOutcome?)k.Outcome).FirstOrDefault();
            if (match is not { } chosen)
            {
                continue;
            }

            DateTimeOffset? appointment = null;
            if (chosen == CallOutcome.Appointment)
            {
                output.Prompt("Appointment, UK time yyyy-MM-dd HH:mm (Esc back)> ");
                var line = input.ReadLine();
                if (line is null)
                {
                    continue;
                }

                appointment = RingbackClock.Parse(line.Trim().Replace(' ', 'T'));
                if (appointment is null)
                {
                    output.Warn("not a UK time in the form yyyy-MM-dd HH:mm");
                    output.Keys("Enter");
                    input.ReadKey();
                    continue;
                }
            }

            try
            {
                var result = await desk.RecordAsync(new RecordRequest(claim.CaseId, handler, chosen, appointment, null, claim.LockVersion), cancellationToken).ConfigureAwait(false);
                output.NewScreen(Title(claim));
                output.Line(string.Create(CultureInfo.InvariantCulture,
                    $"Recorded: {policy.Rules.For(chosen).Description} ({result.Disposition})."), strong: true);
                output.Line(result.Closed
                    ? "The case is closed."
                    : "Next call from " + Local(result.NextCallAt!.Value) + ": " + TerminalText.Safe(result.Reason) + ".");
                return true;
            }
            catch (InvalidInputException ex) when (!ex.Message.Contains("no longer yours", StringComparison.Ordinal))
            {
                output.Warn(TerminalText.Safe(ex.Message));
                output.Keys("Enter");
                input.ReadKey();
            }
        }
    }

    private async Task GiveBackAsync(CaseClaim claim, CancellationToken cancellationToken)
    {
        if (!await desk.ReleaseAsync(claim.CaseId, handler, cancellationToken).ConfigureAwait(false))
        {
            output.Warn(string.Create(CultureInfo.InvariantCulture, $"case {claim.CaseId} was no longer yours (your lock lapsed and another handler took it); it was not given back."));
        }
    }

    private async Task NoteAsync(CaseClaim claim, CancellationToken cancellationToken)
    {
        output.Prompt("Note (Enter saves, Esc cancels)> ");
        var note = input.ReadLine();
        if (!string.IsNullOrWhiteSpace(note))
        {
            await desk.AddNoteAsync(claim, handler, note, cancellationToken).ConfigureAwait(false);
        }
    }

    private void ShowCase(CaseSheet sheet, CaseClaim claim)
    {
        output.NewScreen(Title(claim));
        if (sheet.Training)
        {
            output.Warn("TRAINING: made-up case, nothing is recorded.");
        }

        if (sheet.Kind == CaseKind.Victim)
        {
            output.Line("Ask for: " + TerminalText.Safe(sheet.FirstName ?? "(no name held: ask for the person who reported)"), strong: true);
            output.Line("Dial:    " + Dial(sheet.PhoneE164), strong: true);
            output.Line("Crime:   " + TerminalText.Safe(sheet.CrimeType) + ", reported " + (sheet.ReportDate is { } d ? RingbackText.ReadOutDate(d) : "(date not held)"));
        }
        else
        {
            output.Line("Dial:    " + Dial(sheet.PhoneE164) + "  (random number: public confidence survey)", strong: true);
            output.Line("Household selection: " + (sheet.Selection == HouseholdSelectionMethod.KishGrid && sheet.KishTable is { } t
                ? "Kish grid, table " + EnumCodes.ToCode(t).ToUpperInvariant()
                : "next birthday"));
        }

        output.Line(string.Create(CultureInfo.InvariantCulture, $"Status:  {sheet.Disposition}, {sheet.Attempts.Count} call(s) so far"));
        foreach (var a in sheet.Attempts)
        {
            output.Line(string.Create(CultureInfo.InvariantCulture,
                $"  {Local(a.At)}  {policy.Rules.For(a.Outcome).Description}{(a.AppointmentAt is { } ap ? " for " + Local(ap) : string.Empty)}  ({TerminalText.Safe(a.Handler)})"));
        }

        if (!string.IsNullOrEmpty(sheet.Notes))
        {
            output.Line("Notes:");
            foreach (var line in sheet.Notes.Split('\n'))
            {
                output.Line("  " + TerminalText.Safe(line));
            }
        }
    }

    private void ShowQuestion(CaseClaim claim, InterviewStep step, Question question, AnswerScale scale)
    {
        output.NewScreen(Title(claim) + string.Create(CultureInfo.InvariantCulture, $" · question {step.Answers.Count + 1} ({question.Id})"));
        if (step.Answers.Count > 0)
        {
            var last = step.Answers[^1];
            output.Line("Previous: " + TerminalText.Safe(last.QuestionId) + " = " + TerminalText.Safe(last.Code?.ToString(CultureInfo.InvariantCulture) ?? last.Text));
        }

        output.Line(TerminalText.Safe(step.Text), strong: true);
        if (question.Note is { } note)
        {
            output.Line("(" + TerminalText.Safe(note) + ")");
        }

        var single = !input.Lines && SingleKey(scale);
        foreach (var option in scale.Options)
        {
            var key = single ? (option.Code == 10 ? "0" : option.Code.ToString(CultureInfo.InvariantCulture)) : option.Code.ToString(CultureInfo.InvariantCulture);
            output.Line(string.Create(CultureInfo.InvariantCulture, $"  {key,2}  {TerminalText.Safe(option.Label)}"));
        }

        if (scale.Type == ScaleType.Number)
        {
            output.Line(string.Create(CultureInfo.InvariantCulture, $"  a number from {scale.Min} to {scale.Max}"));
        }

        if (step.Rejected is { } why)
        {
            output.Warn(TerminalText.Safe(why));
        }

        output.Keys(single ? "number key answers · B back · N note · X end call (outcome)" : "type the answer and Enter · B back · N note · X end call");
    }

    private static bool SingleKey(AnswerScale scale) =>
        scale.Type == ScaleType.Choice && scale.Options.Count > 0 && scale.Options.All(o => o.Code is >= 1 and <= 10);

    private static Answer? ToAnswer(Question question, AnswerScale scale, string entry, bool single)
    {
        if (scale.Type == ScaleType.Text)
        {
            return string.IsNullOrWhiteSpace(entry) ? null : Answer.OfText(question.Id, entry.Trim());
        }

        var text = entry.Trim();
        if (single && text == "0")
        {
            return Answer.OfCode(question.Id, 10);
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? Answer.OfCode(question.Id, code) : null;
    }

    private static bool IsCommand(string entry, char key) => entry.Length == 1 && IsKey(entry[0], key);

    private static bool IsKey(char pressed, char key) => char.ToLowerInvariant(pressed) == key;

    private static string SexWord(AdultSex sex) => sex switch
    {
        AdultSex.Male => "the man",
        AdultSex.Female => "the woman",
        _ => "the adult",
    };

    /// <summary>A number as dialled in the UK: <c>+447700900123</c> as <c>07700 900123</c>.</summary>
    public static string Dial(string e164)
    {
        ArgumentNullException.ThrowIfNull(e164);
        if (!e164.StartsWith("+44", StringComparison.Ordinal))
        {
            return TerminalText.Safe(e164);
        }

        var national = "0" + e164[3..];
        return TerminalText.Safe(national.Length > 5 ? national[..5] + " " + national[5..] : national);
    }

    private string Title(CaseClaim? claim) =>
        (desk.Training ? "TRAINING · " : string.Empty) + "Ring-back · " + TerminalText.Safe(handler) + " · " + Local(time.GetUtcNow())
        + (claim is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" · case {claim.CaseId} ({EnumCodes.ToCode(claim.Kind)})"));

    private string Local(DateTimeOffset at) => policy.ToLocal(at).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);

    private enum CaseEnd
    {
        Recorded,
        Released,
        Quit,
    }
}
