using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Core.Tests.Questionnaires;

public sealed class SmsReplyParserTests
{
    private static readonly AnswerScale Satisfaction = TestFiles.LoadShipped("uss-burglary.yaml").FindScale("satisfaction7")!;

    private static readonly AnswerScale SmsSatisfaction = TestFiles.LoadShipped("sms-victim.yaml").FindScale("satisfaction7_sms")!;

    private static readonly AnswerScale YesNo = TestFiles.LoadShipped("uss-burglary.yaml").FindScale("yesno")!;

    private static readonly AnswerScale Adults = TestFiles.LoadShipped("rdd-confidence.yaml").FindScale("adults")!;

    private static readonly AnswerScale Comment = TestFiles.LoadShipped("uss-burglary.yaml").FindScale("comment")!;

    [Theory]
    [InlineData("2", 2)]
    [InlineData(" 3 ", 3)]
    [InlineData("3.", 3)]
    [InlineData("7 thanks", 7)]
    [InlineData("Very satisfied", 2)]
    [InlineData("very SATISFIED!", 2)]
    [InlineData("I am very dissatisfied", 6)]
    [InlineData("fairly", 3)]
    [InlineData("Fairly dissatisfied", 5)]
    [InlineData("Neither", 4)]
    [InlineData("Don't know", 8)]
    [InlineData("Don\u2019t know", 8)]
    [InlineData("dont know", 8)]
    [InlineData("DK", 8)]
    [InlineData("10", 10)]
    public void Parse_SatisfactionReply_GivesTheCode(string reply, int code)
    {
        var parsed = SmsReplyParser.Parse(Satisfaction, reply);

        Assert.Equal(new SmsReply(SmsReplyKind.Answer, code, null, null), parsed);
    }

    [Theory]
    [InlineData("STOP")]
    [InlineData("stop")]
    [InlineData("Stop.")]
    [InlineData("STOP texting me")]
    [InlineData("unsubscribe")]
    [InlineData("STOPALL")]
    [InlineData("quit")]
    public void Parse_OptOutKeyword_IsOptOutOnAnyScale(string reply)
    {
        Assert.Equal(SmsReplyKind.OptOut, SmsReplyParser.Parse(Satisfaction, reply).Kind);
        Assert.Equal(SmsReplyKind.OptOut, SmsReplyParser.Parse(Comment, reply).Kind);
    }

    [Fact]
    public void Parse_SmsScaleWithoutRefusedCode_RejectsTenWithTheReplyGuide()
    {
        var parsed = SmsReplyParser.Parse(SmsSatisfaction, "10");

        Assert.Equal(SmsReplyKind.Invalid, parsed.Kind);
        Assert.Equal("10 is not an allowed code; reply 1 to 7, or 8 for don't know", parsed.Reason);
    }

    [Theory]
    [InlineData("12", "12 is not an allowed code; reply 1 to 7, or 8 for don't know, 9 for not applicable or 10 for refused")]
    [InlineData("2 or 3", "please reply with one number; reply 1 to 7, or 8 for don't know, 9 for not applicable or 10 for refused")]
    [InlineData("not happy", "the reply was not understood; reply 1 to 7, or 8 for don't know, 9 for not applicable or 10 for refused")]
    [InlineData("", "the reply was empty; reply 1 to 7, or 8 for don't know, 9 for not applicable or 10 for refused")]
    public void Parse_UnusableReply_IsInvalidWithReason(string reply, string reason)
    {
        var parsed = SmsReplyParser.Parse(Satisfaction, reply);

        Assert.Equal(SmsReplyKind.Invalid, parsed.Kind);
        Assert.Equal(reason, parsed.Reason);
        Assert.Null(parsed.ToAnswer("q"));
    }

    [Theory]
    [InlineData("Yes", 1)]
    [InlineData("y", 1)]
    [InlineData("NO", 2)]
    [InlineData("nope", 2)]
    [InlineData("not sure", 8)]
    public void Parse_YesNoReply_GivesTheCode(string reply, int code)
    {
        Assert.Equal(code, SmsReplyParser.Parse(YesNo, reply).Code);
    }

    [Fact]
    public void Parse_YesAndNo_IsAmbiguous()
    {
        var parsed = SmsReplyParser.Parse(YesNo, "yes and no");

        Assert.Equal(SmsReplyKind.Invalid, parsed.Kind);
        Assert.StartsWith("the reply matches more than one answer", parsed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NumberScale_AcceptsRangeAndSpecialCodes()
    {
        Assert.Equal(4, SmsReplyParser.Parse(Adults, "4 of us").Code);
        Assert.Equal(99, SmsReplyParser.Parse(Adults, "refused").Code);
        Assert.Equal("25 is not an allowed answer; reply a number from 1 to 20, or 99 for refused", SmsReplyParser.Parse(Adults, "25").Reason);
    }

    [Fact]
    public void Parse_TextScale_KeepsTheWholeReply()
    {
        var parsed = SmsReplyParser.Parse(Comment, "  Nobody called me back. ");

        Assert.Equal(Answer.OfText("q", "Nobody called me back."), parsed.ToAnswer("q"));
    }
}
