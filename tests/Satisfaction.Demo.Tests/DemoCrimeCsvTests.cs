using Satisfaction.Core.Crimes;
using Satisfaction.Demo.Synthetic;

namespace Satisfaction.Demo.Tests;

public sealed class DemoCrimeCsvTests
{
    [Fact]
    public void Write_Records_GivesTheImportHeaderAndOneLinePerRecord()
    {
        var records = new[]
        {
            new DemoCrimeRecord("DM/260714/0001", new DateTimeOffset(2026, 7, 14, 18, 5, 0, TimeSpan.FromHours(1)), "28A", IncidentType.Crime,
                "EAST", "V260714-0001", VictimType.Person, 47, null, "+447700900123", "07700 900123", "A Person", "L-EAST-00017",
                CrimeFlags.Hate | CrimeFlags.Vulnerable),
            new DemoCrimeRecord("DM/260115/0002", new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero), string.Empty, IncidentType.Asb,
                "WEST", "VO26-0003", VictimType.Organisation, null, null, null, null, "Shop, Ltd", "L-WEST-H01", CrimeFlags.None),
            new DemoCrimeRecord("DM/260116/0003", new DateTimeOffset(2026, 1, 16, 9, 0, 0, TimeSpan.Zero), "8N", IncidentType.Crime,
                "SOUTH", "V\"Q\",1", VictimType.Person, null, new DateOnly(1980, 2, 29), "+441632960001", "(01632) 960001", null, "L", CrimeFlags.None),
        };
        using var writer = new StringWriter();
        DemoCrimeCsv.Write(writer, records);

        var lines = writer.ToString().Split('\n');
        Assert.Equal(
            [
                "crime_ref,recorded_at,offence_code,incident_type,division,victim_id,victim_type,victim_age,victim_dob,phone,location_id,flags",
                "DM/260714/0001,2026-07-14T18:05:00,28A,crime,EAST,V260714-0001,person,47,,07700 900123,L-EAST-00017,hate;vulnerable",
                "DM/260115/0002,2026-01-15T09:00:00,,asb,WEST,VO26-0003,organisation,,,,L-WEST-H01,",
                "DM/260116/0003,2026-01-16T09:00:00,8N,crime,SOUTH,\"V\"\"Q\"\",1\",person,,1980-02-29,(01632) 960001,L,",
                string.Empty,
            ],
            lines);
    }
}
