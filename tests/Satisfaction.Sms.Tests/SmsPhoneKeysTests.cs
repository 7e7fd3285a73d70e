using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Satisfaction.Core.Phones;
using Satisfaction.Data;
using Satisfaction.Sms.Conversations;
using Satisfaction.Sms.Hosting;

namespace Satisfaction.Sms.Tests;

public sealed class SmsPhoneKeysTests
{
    private const string Key = "test-suppression-key-0123456789";

    [Theory]
    [InlineData("+447700900123")] // drama mobile
    [InlineData("+447911123456")] // real mobile range
    [InlineData("+441134960000")] // drama landline
    [InlineData("+442079460999")]
    [InlineData("+448001111111")] // free-phone: unusable, hashed as given
    [InlineData("+44791112345")] // too short for a mobile
    [InlineData("+4479111234567")] // too long
    [InlineData("07911 123456")]
    [InlineData(" +44 7911 123456 ")]
    [InlineData("+4407911123456")]
    [InlineData("+15551234567")]
    [InlineData("not a number")]
    public async Task The_key_is_the_hash_of_the_normalised_number_whatever_the_path(string phone)
    {
        using var store = new SatisfactionStore(Options.Create(new StoreOptions()));
        using var keys = new SmsPhoneKeys(Options.Create(new SmsOptions { SuppressionKey = Key }), store);
        await keys.EnsureAsync();

        var normalised = UkPhoneNumbers.Normalise(phone).E164 ?? phone.Trim();
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Key), Encoding.UTF8.GetBytes(normalised)));
        Assert.Equal(expected, keys.KeyOf(phone));
    }

    [Fact]
    public async Task Every_way_of_writing_a_mobile_number_gets_the_same_key()
    {
        using var store = new SatisfactionStore(Options.Create(new StoreOptions()));
        using var keys = new SmsPhoneKeys(Options.Create(new SmsOptions { SuppressionKey = Key }), store);
        await keys.EnsureAsync();

        var key = keys.KeyOf("+447911123456");
        Assert.Equal(key, keys.KeyOf("07911 123456"));
        Assert.Equal(key, keys.KeyOf("+44 (0)7911 123456"));
        Assert.NotEqual(key, keys.KeyOf("+447911123457"));
    }
}
