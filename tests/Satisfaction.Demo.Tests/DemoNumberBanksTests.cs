using Satisfaction.Core.Phones;

namespace Satisfaction.Demo.Tests;

public sealed class DemoNumberBanksTests
{
    [Fact]
    public void DemoBanks_AreAllOfcomDramaRangesAndValidGeographic()
    {
        var banks = DemoNumberBanks.Load();

        Assert.Equal(160, banks.Count);
        Assert.Contains(banks, b => b.ListedResidential == 0);
        foreach (var bank in banks)
        {
            Assert.Equal(PhoneNumberKind.FixedLine, OfcomDramaRanges.Classify(bank.Prefix + "00"));
            Assert.True(UkPhoneNumbers.IsGeographicFixedLine(bank.NumberAt(0)), bank.Display);
            Assert.True(UkPhoneNumbers.IsGeographicFixedLine(bank.NumberAt(99)), bank.Display);
        }
    }

    [Fact]
    public void DemoBanks_AreTheCopyTheTestsUse()
    {
        // tests/Satisfaction.Core.Tests/Data/rdd/demo-number-banks.csv is a copy for the tests of projects that may
        // not reference the demo; it must stay the same file.
        var copy = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "rdd", "demo-number-banks.csv"));
        using var stream = typeof(DemoNumberBanks).Assembly.GetManifestResourceStream("Satisfaction.Demo." + DemoNumberBanks.SourceName)!;
        using var reader = new StreamReader(stream);
        Assert.Equal(reader.ReadToEnd(), copy);
    }
}
