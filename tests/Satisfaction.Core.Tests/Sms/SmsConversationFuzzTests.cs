using System.Diagnostics;
using System.Text;
using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Core.Tests.Sms;

/// <summary>100,000 random reply bodies through the parser and the conversation: no crash, no hang, only codes of the question's scale stored.</summary>
public sealed class SmsConversationFuzzTests
{
    private static readonly string[] Fragments =
    [
        "1", "2", "3", "7", "8", "9", "10", "0", "-1", "99999999999999999999", "yes", "no", "y", "n", "very satisfied",
        "don't know", "dont know", "fairly", "neither", "completely dissatisfied", "STOP", "stop", "help", "START", "end",
        "😀", "👍🏽", "\u0000", "\u001b[31m", "\r\n", "\t", "   ", "٣", "３", "½", "Ⅻ", "\uD800", "\uDFFF", "é", "ß", "İ",
        "not sure", "n a", ".", "!!!", "'", "’", "{sample.crime_type}", "%s", "<Response/>", "I was very satisfied with the officer",
    ];

    [Fact]
    public void Hundred_thousand_random_replies_never_crash_hang_or_store_an_off_scale_answer()
    {
        var engine = SmsConversationEngineTests.Engine();
        var questionnaire = engine.Questionnaire;
        var sample = SmsConversationEngineTests.Sample;
        var random = new Random(20261202);
        var watch = Stopwatch.StartNew();
        var state = engine.Start(sample).State;
        var conversations = 1;
        var answersSeen = 0;
        const int Bodies = 100_000;
        for (var i = 0; i < Bodies; i++)
        {
            var body = RandomBody(random);
            var question = engine.Current(state);
            if (question is not null)
            {
                // The parser alone, against the waiting question's scale.
                var parsed = SmsReplyParser.Parse(questionnaire.ScaleOf(question), body);
                if (parsed.Kind == SmsReplyKind.Answer && parsed.Code is { } code)
                {
                    Assert.True(questionnaire.ScaleOf(question).Accepts(code), $"parser gave {code} for '{question.Id}'");
                }
            }

            var step = engine.Reply(state, sample, body);
            if (step.Answer is { } answer)
            {
                answersSeen++;
                var asked = questionnaire.FindQuestion(answer.QuestionId);
                Assert.NotNull(asked);
                Assert.Equal(question?.Id, asked.Id);
                var scale = questionnaire.ScaleOf(asked);
                if (scale.Type == ScaleType.Text)
                {
                    Assert.False(string.IsNullOrWhiteSpace(answer.Text));
                    Assert.True(answer.Text.Length <= (scale.MaxLength ?? int.MaxValue));
                    Assert.Null(answer.Code);
                }
                else
                {
                    Assert.NotNull(answer.Code);
                    Assert.True(scale.Accepts(answer.Code.Value), $"stored {answer.Code} for '{asked.Id}'");
                }
            }

            Assert.All(step.Messages, m => Assert.InRange(m.Body.Length, 1, 1600));
            Assert.InRange(step.State.Reprompts, 0, engine.MaxReprompts);
            state = step.State;
            if (!state.IsOpen)
            {
                state = engine.Start(sample).State;
                conversations++;
            }
        }

        Assert.True(answersSeen > 1000, $"only {answersSeen} answers: the fuzz mix is not reaching the engine");
        Assert.True(conversations > 100, $"only {conversations} conversations");
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), $"took {watch.Elapsed}");
    }

    private static string RandomBody(Random random)
    {
        switch (random.Next(6))
        {
            case 0:
                return string.Empty;
            case 1:
                // Any UTF-16 code units, including lone surrogates and control characters.
                return new string([.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)random.Next(0, 0x10000))]);
            case 2:
                // A maximum-length (1,600 character) body.
                var sb = new StringBuilder(1600);
                while (sb.Length < 1600)
                {
                    sb.Append(Fragments[random.Next(Fragments.Length)]).Append(' ');
                }

                return sb.ToString(0, 1600);
            default:
                var parts = random.Next(1, 5);
                var b = new StringBuilder();
                for (var p = 0; p < parts; p++)
                {
                    b.Append(Fragments[random.Next(Fragments.Length)]);
                    if (random.Next(3) == 0)
                    {
                        b.Append(' ');
                    }
                }

                return b.ToString();
        }
    }
}
