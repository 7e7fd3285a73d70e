using System.Globalization;
using Satisfaction.Core.Randomness;

namespace Satisfaction.Core.Tests.Randomness;

/// <summary>
/// Pins <see cref="SeededRandom"/> to the reference C implementation of xoshiro256** by Blackman and Vigna (with
/// SplitMix64 seeding, the [0, 1) conversion and Lemire's bounded integers): Reference/xoshiro256starstar_kat.c
/// printed Reference/xoshiro256starstar_kat.txt. Stored draw seeds are replayed through this generator, so any
/// change to it, however small, must fail here.
/// </summary>
public sealed class SeededRandomKnownAnswerTests
{
    private static readonly string KatFile = Path.Combine(AppContext.BaseDirectory, "Randomness", "Reference", "xoshiro256starstar_kat.txt");

    [Fact]
    public void NextUInt64_FromState1234_GivesThePublishedOutputs()
    {
        // The vector published with other xoshiro256** implementations (e.g. Rust's rand_xoshiro), written out here
        // so that this test does not depend on the file below.
        ulong[] expected =
        [
            11520, 0, 1509978240, 1215971899390074240, 1216172134540287360, 607988272756665600,
            16172922978634559625, 8476171486693032832, 10595114339597558777, 2904607092377533576,
        ];
        var random = SeededRandom.FromState(1, 2, 3, 4);

        Assert.Equal(expected, expected.Select(_ => random.NextUInt64()));
    }

    [Fact]
    public void EveryOutput_MatchesTheReferenceCProgram()
    {
        var lines = File.ReadAllLines(KatFile);
        SeededRandom? random = null;
        int checkedValues = 0, blocks = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split(' ');
            var where = $"{Path.GetFileName(KatFile)}:{i + 1}";
            switch (parts[0])
            {
                case "state":
                    random = SeededRandom.FromState(Hex(parts[1]), Hex(parts[2]), Hex(parts[3]), Hex(parts[4]));
                    blocks++;
                    break;
                case "seed":
                    random = new SeededRandom(long.Parse(parts[1], CultureInfo.InvariantCulture));
                    blocks++;
                    break;
                case "u64":
                    Assert.True(ulong.Parse(parts[1], CultureInfo.InvariantCulture) == random!.NextUInt64(), where);
                    checkedValues++;
                    break;
                case "double":
                    Assert.True(double.Parse(parts[1], CultureInfo.InvariantCulture) == random!.NextDouble(), where);
                    checkedValues++;
                    break;
                case "bounded":
                    var bound = ulong.Parse(parts[1], CultureInfo.InvariantCulture);
                    Assert.True(long.Parse(parts[2], CultureInfo.InvariantCulture) == random!.NextInt64((long)bound), where);
                    checkedValues++;
                    break;
                default:
                    Assert.Fail($"{where}: unexpected line '{lines[i]}'");
                    break;
            }
        }

        Assert.Equal(8, blocks);
        Assert.Equal(10 + (7 * (8 + 4 + 8)), checkedValues);
    }

    [Fact]
    public void FromState_AllZero_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => SeededRandom.FromState(0, 0, 0, 0));
    }

    private static ulong Hex(string text) => ulong.Parse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
}
