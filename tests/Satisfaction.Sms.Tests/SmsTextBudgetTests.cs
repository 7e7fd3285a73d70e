using Satisfaction.Core.Questionnaires;
using Satisfaction.Core.Sms;
using Satisfaction.Sms.Dispatch;
using Xunit.Abstractions;

namespace Satisfaction.Sms.Tests;

/// <summary>
/// Every text the service sends on its own (invitation, each question, re-prompts, the reminder, HELP, thank-you,
/// START confirmation) fits one SMS part (160 GSM-7 characters, or 70 UCS-2 units) with the longest values that are
/// piped in for real: every user group's crime type, a two-digit report date and the longest UK force name.
/// </summary>
public sealed class SmsTextBudgetTests(ITestOutputHelper output)
{
    private const string LongestForceName = "Police Service of Northern Ireland";

    private static readonly string[] UserGroups = ["burglary", "vehicle", "violent", "hate", "asb"];

    [Fact]
    public void Every_automated_text_fits_one_part_with_the_longest_piped_values()
    {
        var questionnaire = QuestionnaireLinter.LoadClean(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "questionnaires", "sms-victim.yaml")), "sms-victim.yaml");
        var engine = new SmsConversationEngine(questionnaire, new SmsConversationTexts { Sender = LongestForceName });
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in UserGroups)
        {
            var sample = SmsDispatchService.SampleValues(group, new DateOnly(2026, 9, 30));
            Assert.Equal("30 Sep", sample["report_date"]);
            foreach (var (kind, body) in Conversation(engine, sample))
            {
                // Keep the longest text of each kind and question.
                if (!texts.TryGetValue(kind, out var known) || known.Length < body.Length)
                {
                    texts[kind] = body;
                }
            }
        }

        // Every question was asked and reminded, and every kind of the service's own texts was seen.
        foreach (var question in questionnaire.Questions.Skip(1))
        {
            Assert.Contains($"question {question.Id}", texts.Keys);
            Assert.Contains($"reminder {question.Id}", texts.Keys);
        }

        Assert.Contains($"invitation {questionnaire.Questions[0].Id}", texts.Keys);
        Assert.Contains($"reminder {questionnaire.Questions[0].Id}", texts.Keys);
        Assert.Contains("help", texts.Keys);
        Assert.Contains("thank_you", texts.Keys);
        Assert.Contains(LongestForceName, texts["help"], StringComparison.Ordinal);
        Assert.Contains("anti-social behaviour", texts["reminder sms_consent"], StringComparison.Ordinal);
        texts["opt_in"] = engine.Texts.OptInConfirmation;

        var tooLong = new List<string>();
        foreach (var (kind, body) in texts.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var size = SmsText.Measure(body);
            output.WriteLine($"{kind}: {size.Units} {size.Encoding} units, {Parts(size)} part(s): {body}");
            if (!size.FitsOnePart || Parts(size) != 1)
            {
                tooLong.Add($"{kind} is {size.Units} {size.Encoding} units ({Parts(size)} parts): {body}");
            }
        }

        Assert.True(tooLong.Count == 0, string.Join("\n", tooLong));
    }

    [Theory]
    [InlineData(160, SmsEncoding.Gsm7, 1)]
    [InlineData(161, SmsEncoding.Gsm7, 2)]
    [InlineData(306, SmsEncoding.Gsm7, 2)]
    [InlineData(307, SmsEncoding.Gsm7, 3)]
    [InlineData(70, SmsEncoding.Ucs2, 1)]
    [InlineData(71, SmsEncoding.Ucs2, 2)]
    public void Parts_follow_the_concatenation_limits(int units, SmsEncoding encoding, int parts) =>
        Assert.Equal(parts, Parts(new SmsSize(encoding, units, encoding == SmsEncoding.Gsm7 ? 160 : 70)));

    /// <summary>Parts a text takes: one when it fits, else 153 GSM-7 or 67 UCS-2 units per part (the rest is the concatenation header).</summary>
    private static int Parts(SmsSize size) =>
        size.Units <= size.SinglePartLimit ? 1 : (int)Math.Ceiling(size.Units / (size.Encoding == SmsEncoding.Gsm7 ? 153.0 : 67.0));

    /// <summary>Every text of a conversation along each routing path: invalid replies first (re-prompts), HELP, then answers.</summary>
    private static List<(string Kind, string Body)> Conversation(SmsConversationEngine engine, IReadOnlyDictionary<string, string> sample)
    {
        var sent = new List<(string, string)>();
        foreach (var overall in new[] { "1", "7" })
        {
            var start = engine.Start(sample);
            var state = start.State;
            sent.AddRange(start.Messages.Select(m => (Kind(m), m.Body)));
            while (state.IsOpen)
            {
                var current = state.CurrentQuestionId!;
                var reminder = engine.Reminder(state, sample)!;
                sent.Add((Kind(reminder), reminder.Body));
                foreach (var reply in new[] { "banana", "HELP" })
                {
                    sent.AddRange(engine.Reply(state, sample, reply).Messages.Select(m => (Kind(m), m.Body)));
                }

                var answer = current switch
                {
                    "sms_consent" or "crime_number_given" => "yes",
                    "whole_experience" => overall,
                    "sms_comment" => "Nobody rang me back",
                    _ => "2",
                };
                var step = engine.Reply(state, sample, answer);
                Assert.Equal(SmsReplyOutcome.Answered, step.Outcome);
                sent.AddRange(step.Messages.Select(m => (Kind(m), m.Body)));
                state = step.State;
            }
        }

        return sent;
    }

    private static string Kind(SmsOutgoing message) => message.Kind switch
    {
        SmsMessageKind.Help => "help",
        SmsMessageKind.ThankYou => "thank_you",
        _ => $"{message.Kind.ToString().ToLowerInvariant()} {message.QuestionId}",
    };
}
