using Satisfaction.Core.Rdd;

namespace Satisfaction.Core.Tests.Rdd;

/// <summary>The demo force's 160 banks (Ofcom drama ranges only), from the copy in Data/rdd (the core does not embed them).</summary>
internal static class TestBanks
{
    public static IReadOnlyList<NumberBank> Load()
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Data", "rdd", "demo-number-banks.csv"));
        return NumberBankCsv.Parse(reader, "demo-number-banks.csv");
    }
}
