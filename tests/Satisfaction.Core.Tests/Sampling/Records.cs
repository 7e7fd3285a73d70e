using Satisfaction.Core.Crimes;
using Satisfaction.Core.Sampling;

namespace Satisfaction.Core.Tests.Sampling;

/// <summary>Test records and programmes.</summary>
internal static class Records
{
    public static readonly DateOnly AsOf = new(2026, 11, 30);

    public static IncidentRecord Eligible(string crimeRef, string offence = "28A", DateOnly? reportDate = null, string division = "EAST", string? victimId = null) =>
        new()
        {
            CrimeRef = crimeRef,
            RecordedAt = new DateTimeOffset((reportDate ?? AsOf.AddDays(-50)).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
            ReportDate = reportDate ?? AsOf.AddDays(-50),
            OffenceCode = offence,
            IncidentType = IncidentType.Crime,
            Division = division,
            VictimId = victimId ?? "V-" + crimeRef,
            VictimType = VictimType.Person,
            Age = 40,
            HasUsablePhone = true,
            LocationId = "L-" + crimeRef,
            Flags = CrimeFlags.None,
        };

    public static SamplingProgramme Load(string name) =>
        ProgrammeParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "programmes", name + ".yaml")), name + ".yaml");

    public static IReadOnlyList<SamplingProgramme> Defaults() => [Load("uss"), Load("asb")];
}
