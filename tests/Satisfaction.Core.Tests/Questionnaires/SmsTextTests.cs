using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Core.Tests.Questionnaires;

public sealed class SmsTextTests
{
    [Theory]
    [InlineData("", SmsEncoding.Gsm7, 0)]
    [InlineData("Reply 1-7", SmsEncoding.Gsm7, 9)]
    [InlineData("Cost £5 @ café", SmsEncoding.Gsm7, 14)]
    [InlineData("[a]", SmsEncoding.Gsm7, 5)]
    [InlineData("€{}", SmsEncoding.Gsm7, 6)]
    [InlineData("Don\u2019t", SmsEncoding.Ucs2, 5)]
    [InlineData("\U0001F600", SmsEncoding.Ucs2, 2)]
    public void Measure_Text_GivesEncodingAndUnits(string text, SmsEncoding encoding, int units)
    {
        var size = SmsText.Measure(text);

        Assert.Equal(encoding, size.Encoding);
        Assert.Equal(units, size.Units);
        Assert.Equal(encoding == SmsEncoding.Gsm7 ? 160 : 70, size.SinglePartLimit);
    }

    [Fact]
    public void Measure_Limits_AreInclusive()
    {
        Assert.True(SmsText.Measure(new string('a', 160)).FitsOnePart);
        Assert.False(SmsText.Measure(new string('a', 161)).FitsOnePart);
        Assert.False(SmsText.Measure(new string('a', 159) + "^").FitsOnePart);
        Assert.True(SmsText.Measure(new string('é', 69) + "\u2019").FitsOnePart);
        Assert.False(SmsText.Measure(new string('é', 70) + "\u2019").FitsOnePart);
    }
}
