using Satisfaction.Core.Crimes;
using Satisfaction.Core.Randomness;

namespace Satisfaction.Demo.Synthetic;

/// <summary>A synthetic victim, derived only from the seed and the victim id so repeat victims stay consistent.</summary>
internal sealed record VictimProfile(string VictimId, VictimType Type, DateOnly? DateOfBirth, string? PhoneE164, string Name, int HomeLocation)
{
    private static readonly string[] FirstNames = ["Alex", "Sam", "Jo", "Priya", "Tom", "Aisha", "Mark", "Chloe", "Wei", "Olu", "Kate", "Ravi", "Ewan", "Megan", "Dan", "Zara"];
    private static readonly string[] Surnames = ["Smith", "Jones", "Patel", "Taylor", "Brown", "Khan", "Evans", "Wilson", "Thomas", "Roberts", "Walker", "Wright", "Hughes", "Green"];
    private static readonly string[] Businesses = ["Corner Stores Ltd", "Riverside Garage", "High Street Pharmacy", "Parkview School", "Town Leisure Centre", "Ashford Builders", "Mill Lane Pub"];

    public static VictimProfile Create(long seed, string victimId, VictimType type, int referenceYear)
    {
        var rng = new SeededRandom(DemoCrimeGenerator.Mix(seed, StableHash(victimId)));
        var u = rng.NextDouble();
        var age = u < 0.05 ? 10 + rng.NextInt32(6)
            : u < 0.88 ? 16 + rng.NextInt32(60)
            : 76 + rng.NextInt32(20);
        var dob = type == VictimType.Person
            ? new DateOnly(referenceYear - age - 1, 1, 1).AddDays(rng.NextInt32(365))
            : (DateOnly?)null;
        var phoneRoll = rng.NextDouble();
        var (mobileShare, landlineShare) = type == VictimType.Person ? (0.70, 0.18) : (0.15, 0.70);
        string? phone = phoneRoll < mobileShare ? "+447700900" + Three(rng)
            : phoneRoll < mobileShare + landlineShare ? "+441632960" + Three(rng)
            : null;
        var name = type == VictimType.Person
            ? $"{FirstNames[rng.NextInt32(FirstNames.Length)]} {Surnames[rng.NextInt32(Surnames.Length)]}"
            : Businesses[rng.NextInt32(Businesses.Length)];
        return new VictimProfile(victimId, type, dob, phone, name, rng.NextInt32(5000));
    }

    /// <summary>Age in whole years on <paramref name="date"/>.</summary>
    public int? AgeOn(DateOnly date)
    {
        if (DateOfBirth is not { } dob)
        {
            return null;
        }

        var age = date.Year - dob.Year;
        return date < dob.AddYears(age) ? age - 1 : age;
    }

    private static string Three(SeededRandom rng) => rng.NextInt32(1000).ToString("000", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>FNV-1a over the UTF-16 code units: stable across runs and runtimes, unlike string.GetHashCode.</summary>
    private static long StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }
}
