using Satisfaction.Core.Phones;

namespace Satisfaction.Core.Tests.Rdd;

public sealed class UkPhoneNumbersTests
{
    [Theory]
    [InlineData("0113 496 0123", "+441134960123", PhoneNumberKind.FixedLine)]
    [InlineData("(0113) 4960123", "+441134960123", PhoneNumberKind.FixedLine)]
    [InlineData("+44 (0)113 496 0123", "+441134960123", PhoneNumberKind.FixedLine)]
    [InlineData("0044 113 496 0123", "+441134960123", PhoneNumberKind.FixedLine)]
    [InlineData("441134960123", "+441134960123", PhoneNumberKind.FixedLine)]
    [InlineData("1134960123", "+441134960123", PhoneNumberKind.FixedLine)]
    [InlineData("+441134960123", "+441134960123", PhoneNumberKind.FixedLine)]
    [InlineData("020-7946-0999", "+442079460999", PhoneNumberKind.FixedLine)]
    [InlineData("07700 900123", "+447700900123", PhoneNumberKind.Mobile)]
    [InlineData("01632 960 001", "+441632960001", PhoneNumberKind.FixedLine)]
    [InlineData("07911 123456", "+447911123456", PhoneNumberKind.Mobile)]
    [InlineData("0113 496 0123 ext. 12", "+441134960123", PhoneNumberKind.FixedLine)]
    public void Normalise_UkFormats_GiveE164(string input, string expected, PhoneNumberKind kind)
    {
        var result = UkPhoneNumbers.Normalise(input);

        Assert.Equal(PhoneStatus.Usable, result.Status);
        Assert.Equal(expected, result.E164);
        Assert.Equal(kind, result.Kind);
    }

    [Theory]
    [InlineData("+33 1 23 45 67 89")]
    [InlineData("0800 123 4567")]
    [InlineData("0909 879 0000")]
    [InlineData("0100 000 0000")]
    [InlineData("12345")]
    [InlineData("not a number")]
    [InlineData("0113 496 0123 0113 496 0123 0113")]
    public void Normalise_NotCallableUkLine_IsUnusableWithReason(string input)
    {
        var result = UkPhoneNumbers.Normalise(input);

        Assert.Equal(PhoneStatus.Unusable, result.Status);
        Assert.Null(result.E164);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
        Assert.DoesNotContain("496", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Normalise_Blank_IsEmpty(string? input) =>
        Assert.Equal(PhoneStatus.Empty, UkPhoneNumbers.Normalise(input).Status);

    [Fact]
    public void Normalise_DramaNumber_IsMarkedFictional()
    {
        Assert.True(UkPhoneNumbers.Normalise("0115 496 0000").IsFictional);
        Assert.False(UkPhoneNumbers.Normalise("07911 123456").IsFictional);
    }

    [Theory]
    [InlineData("+441134960123", true)]
    [InlineData("+441154960500", true)]
    [InlineData("+441632960999", true)]
    [InlineData("+442896496123", true)]
    [InlineData("+447700900123", false)]
    [InlineData("+448081570000", false)]
    [InlineData("+441000000000", false)]
    [InlineData("01134960123", false)]
    public void IsGeographicFixedLine_ChecksE164AndType(string e164, bool expected) =>
        Assert.Equal(expected, UkPhoneNumbers.IsGeographicFixedLine(e164));
}
