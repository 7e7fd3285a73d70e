using Satisfaction.Core.Rdd;

namespace Satisfaction.Demo;

/// <summary>
/// The demo force's number banks: 160 100-banks in Ofcom's drama ranges (0113 496 0xxx ... 0161 496 0xxx,
/// 0191 498 0xxx, 020 7946 0xxx, 028 9649 6xxx, 029 2018 0xxx, 01632 960xxx), with synthetic listed counts.
/// These numbers are never allocated, so a demo never rings a real person. Format: <see cref="NumberBankCsv"/>.
/// </summary>
public static class DemoNumberBanks
{
    /// <summary>Name of the embedded file, used in messages.</summary>
    public const string SourceName = "DemoNumberBanks.csv";

    /// <summary>The demo banks, parsed from the copy embedded in this assembly.</summary>
    public static IReadOnlyList<NumberBank> Load()
    {
        using var stream = typeof(DemoNumberBanks).Assembly.GetManifestResourceStream("Satisfaction.Demo." + SourceName)
            ?? throw new InvalidOperationException("The embedded demo number banks are missing from the build.");
        using var reader = new StreamReader(stream);
        return NumberBankCsv.Parse(reader, SourceName);
    }
}
