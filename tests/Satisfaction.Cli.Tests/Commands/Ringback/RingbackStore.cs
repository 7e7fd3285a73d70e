using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Questionnaires;
using Satisfaction.Application.Rdd;
using Satisfaction.Application.Ringback;
using Satisfaction.Application.Sampling;
using Satisfaction.Core.Contact;
using Satisfaction.Core.Crimes;
using Satisfaction.Data;
using Satisfaction.Data.Entities;
using Satisfaction.Data.Queue;
using Satisfaction.Tests.Stores;

namespace Satisfaction.Cli.Tests.Commands.Ringback;

/// <summary>
/// A store on a temp file with a small world for ring-back tests: the force, a burglary draw with
/// <c>victims</c> landline-only victims (ready for calls at once) and <c>rddNumbers</c> released RDD numbers.
/// Builds desks on it exactly as the CLI does (the provider's real locks, real scripts, the default re-call rules).
/// On PostgreSQL (<c>provider</c>) the store is a new database on the test server instead of the file.
/// </summary>
public sealed class RingbackStore : IDisposable
{
    /// <summary>Monday 30 November 2026, 10:00 UK time (GMT): inside calling hours.</summary>
    public static readonly DateTimeOffset Monday10 = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    private readonly TestDatabase? _server;

    public RingbackStore(int victims = 1, int rddNumbers = 0, string householdSelection = "next_birthday", StoreProvider provider = StoreProvider.Sqlite)
    {
        Provider = provider;
        _server = provider == StoreProvider.Sqlite ? null : TestDatabase.Create(provider);
        Folder = Path.Combine(Path.GetTempPath(), "satisfaction-ringback-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DbPath = Path.Combine(Folder, "store.db");
        Options = new RingbackOptions
        {
            HouseholdSelection = householdSelection,
            QuestionnairesPath = Path.Combine(AppContext.BaseDirectory, "questionnaires"),
        };
        using var db = SatisfactionDb.Open(StoreOptions(30000));
        Seed(db, victims, rddNumbers);
    }

    public StoreProvider Provider { get; }

    public string Folder { get; }

    public string DbPath { get; }

    public RingbackOptions Options { get; }

    public FakeTimeProvider Time { get; } = new(Monday10);

    public RingbackPolicy Policy => new(Microsoft.Extensions.Options.Options.Create(Options), Microsoft.Extensions.Options.Options.Create(new RddOptions()), Windows);

    public static ContactWindows Windows { get; } = new(new ContactHoursOptions(), new BankHolidayCalendar(BankHolidayFile.Shipped()));

    public SatisfactionDbContext Db(int busyTimeoutMilliseconds = 30000) => SatisfactionDb.CreateContext(StoreOptions(busyTimeoutMilliseconds));

    /// <summary>A desk on a new context, as one console session has.</summary>
    public (RingbackDesk Desk, SatisfactionDbContext Db) Desk(TimeProvider? time = null, int busyTimeoutMilliseconds = 30000)
    {
        var db = Db(busyTimeoutMilliseconds);
        var policy = Policy;
        var sampling = Microsoft.Extensions.Options.Options.Create(new SamplingOptions { ProgrammesPath = Path.Combine(AppContext.BaseDirectory, "Data", "programmes") });
        var scripts = new RingbackScripts(new QuestionnaireLibrary(), Microsoft.Extensions.Options.Options.Create(Options));
        return (new RingbackDesk(db, CallQueueLocks.For(Provider), policy, scripts, new RingbackQueueBuilder(db, policy, sampling), time ?? Time), db);
    }

    public RingbackScripts Scripts => new(new QuestionnaireLibrary(), Microsoft.Extensions.Options.Options.Create(Options));

    public void Dispose()
    {
        _server?.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }

    private StoreOptions StoreOptions(int busyTimeoutMilliseconds) => _server is null
        ? new StoreOptions { Path = DbPath, BusyTimeoutMilliseconds = busyTimeoutMilliseconds }
        : new StoreOptions { Provider = _server.Provider, ConnectionString = _server.Options.ConnectionString, Path = string.Empty, BusyTimeoutMilliseconds = busyTimeoutMilliseconds };

    private static void Seed(SatisfactionDbContext db, int victims, int rddNumbers)
    {
        var at = Monday10.AddDays(-60);
        var force = new Force { Code = "DEMO", Name = "Demo Police", CreatedAt = at };
        db.Forces.Add(force);
        db.SaveChanges();
        var division = new Division { ForceId = force.Id, Code = "EAST", Name = "East" };
        var programme = new SurveyProgramme { ForceId = force.Id, Code = "uss", Name = "USS", Kind = ProgrammeKind.UserSatisfaction, UserGroups = ["burglary"], QuestionnaireId = "uss-burglary" };
        var rdd = new SurveyProgramme { ForceId = force.Id, Code = "rdd_confidence", Name = "RDD", Kind = ProgrammeKind.PublicConfidence, QuestionnaireId = "rdd-confidence" };
        db.AddRange(division, programme, rdd);
        db.SaveChanges();
        var draw = new SampleDraw { ForceId = force.Id, ProgrammeCodes = ["uss"], AsOf = DateOnly.FromDateTime(at.DateTime), Seed = 1, WindowStart = new DateOnly(2026, 8, 1), WindowEnd = new DateOnly(2026, 9, 1), AllocationMethod = "census", CreatedAt = at, Status = SampleDrawStatus.Completed };
        db.SampleDraws.Add(draw);
        db.SaveChanges();
        for (var i = 1; i <= victims; i++)
        {
            var crimeRef = $"DM/{i:00000}";
            db.RecordedCrimes.Add(new RecordedCrime
            {
                ForceId = force.Id, CrimeRef = crimeRef, RecordedAt = at, RecordedDate = new DateOnly(2026, 9, 3), OffenceCode = "28A", IncidentType = IncidentType.Crime,
                DivisionId = division.Id, VictimId = $"V{i}", VictimType = VictimType.Person, VictimAge = 40, FirstImportedAt = at, UpdatedAt = at, SourceFile = "test.csv", SourceLine = i + 1,
            });
            db.VictimContacts.Add(new VictimContact { ForceId = force.Id, VictimId = $"V{i}", PhoneE164 = $"+44163296{i:0000}", Name = $"Sam{i} Tester", UpdatedAt = at });
            db.SaveChanges();
            db.SampledCases.Add(new SampledCase
            {
                ForceId = force.Id, SampleDrawId = draw.Id, CrimeRef = crimeRef, VictimId = $"V{i}", SurveyProgrammeId = programme.Id, UserGroup = "burglary",
                DivisionId = division.Id, Stratum = "burglary/EAST", InclusionProbability = 1, DesignWeight = 1, Status = CaseStatus.Pending,
            });
        }

        if (rddNumbers > 0)
        {
            var bank = new NumberBank { ForceId = force.Id, AreaCode = "01632", Prefix = "9609", ListedCount = 5 };
            var replicate = new RddReplicate { ForceId = force.Id, Month = new DateOnly(2026, 11, 1), Number = 1, ReleasedAt = at, Seed = 42, Size = rddNumbers };
            db.AddRange(bank, replicate);
            db.SaveChanges();
            for (var i = 0; i < rddNumbers; i++)
            {
                db.RddNumbers.Add(new RddNumber { PhoneE164 = $"+441632960{900 + i:000}", NumberBankId = bank.Id, RddReplicateId = replicate.Id, Status = RddNumberStatus.Released });
            }
        }

        db.SaveChanges();
    }
}
