using Satisfaction.Core.Fieldwork;
using System.Collections;
using System.Reflection;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Sms;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data.Tests;

/// <summary>Every entity written and read back in a fresh context, property by property.</summary>
public sealed class EntityRoundTripTests
{
    private static readonly DateTimeOffset Bst = new DateTimeOffset(2026, 7, 14, 18, 5, 9, TimeSpan.FromHours(1)).AddTicks(1234567);

    public static TheoryData<StoreProvider> Providers => Satisfaction.Tests.Stores.TestProviders.All;

    [Theory]
    [MemberData(nameof(Providers))]
    public void SaveChanges_EveryEntity_ReloadsEveryPropertyWithInstantsInUtc(StoreProvider provider)
    {
        using var store = Satisfaction.Tests.Stores.TestDatabase.Create(provider);
        var saved = new List<object>();
        using (var db = store.Open())
        {
            var force = Add(db, saved, new Force { Code = "DEMO", Name = "Demo Constabulary", TimeZoneId = "Europe/London", SettingsJson = """{"msg_peers":["LANCS"]}""", CreatedAt = Bst });
            var division = Add(db, saved, new Division { ForceId = force.Id, Code = "SOUTH", Name = "South" });
            var programme = Add(db, saved, new SurveyProgramme
            {
                ForceId = force.Id, Code = "uss", Name = "User satisfaction", Kind = ProgrammeKind.PublicConfidence,
                UserGroups = ["burglary", "vehicle", "violent", "hate"], QuestionnaireId = "uss-core", IsActive = true,
            });
            var crime = Add(db, saved, new RecordedCrime
            {
                ForceId = force.Id, CrimeRef = "DEMO/26/000123", RecordedAt = Bst, RecordedDate = new DateOnly(2026, 7, 14), OffenceCode = "37/2",
                IncidentType = IncidentType.HateIncident, DivisionId = division.Id, VictimId = "V-000042",
                VictimType = VictimType.Organisation, VictimAge = 47, VictimDateOfBirth = new DateOnly(1979, 2, 28),
                LocationId = "LOC-17", Flags = CrimeFlags.Hate | CrimeFlags.RepeatVictim | CrimeFlags.Vulnerable,
                FirstImportedAt = Bst.AddDays(1), UpdatedAt = Bst.AddDays(2), SourceFile = "crimes-2026-07.csv", SourceLine = 4242,
            });
            Add(db, saved, new VictimContact { ForceId = force.Id, VictimId = "V-000042", PhoneE164 = "+447700900123", Name = "Test Person", UpdatedAt = Bst });
            var draw = Add(db, saved, new SampleDraw
            {
                ForceId = force.Id, ProgrammeCodes = ["uss", "asb"], AsOf = new DateOnly(2026, 9, 1), Seed = -9_123_456_789L,
                WindowStart = new DateOnly(2026, 6, 9), WindowEnd = new DateOnly(2026, 7, 21), AllocationMethod = "neyman",
                SelectionMethod = "systematic", ParametersJson = """{"cap":40}""", CreatedAt = Bst, Status = SampleDrawStatus.Completed,
            });
            Add(db, saved, new DrawConsideration
            {
                ForceId = force.Id, SampleDrawId = draw.Id, CrimeRef = crime.CrimeRef, Outcome = ConsiderationOutcome.NotSampled, ReasonCode = "none_needed",
                Stratum = "hate/SOUTH", InclusionProbability = 0.123456789012345, AsbRepeatLocation = true,
            });
            var sampled = Add(db, saved, new SampledCase
            {
                ForceId = force.Id, SampleDrawId = draw.Id, CrimeRef = crime.CrimeRef, VictimId = crime.VictimId, SurveyProgrammeId = programme.Id,
                UserGroup = "hate", DivisionId = division.Id, Stratum = "hate/SOUTH", InclusionProbability = 1.0 / 3.0,
                DesignWeight = 3.0000000000000004, Status = CaseStatus.Closed, FinalDisposition = "2.112", AsbRepeatLocation = true, ClosedAt = Bst.AddDays(30),
            });
            var bank = Add(db, saved, new NumberBank { ForceId = division.ForceId, AreaCode = "01632", Prefix = "9600", ListedCount = 7, DivisionId = division.Id, Active = false }, nameof(NumberBank.Active));
            var replicate = Add(db, saved, new RddReplicate { ForceId = force.Id, Month = new DateOnly(2026, 12, 1), Number = 2, ReleasedAt = Bst, Seed = 77, Size = 250 });
            var number = Add(db, saved, new RddNumber
            {
                PhoneE164 = "+441632960017", NumberBankId = bank.Id, RddReplicateId = replicate.Id, Status = RddNumberStatus.InProgress, FinalDisposition = "3.13",
            });
            Add(db, saved, new DoNotCall { PhoneE164 = "+441632960099", Source = "tps", AddedAt = Bst });
            Add(db, saved, new ContactAttempt { SampledCaseId = sampled.Id, Channel = ContactChannel.Phone, At = Bst, Outcome = "refused", Disposition = "2.112", Handler = "alice", AppointmentAt = Bst.AddDays(1) }, nameof(ContactAttempt.RddNumberId));
            Add(db, saved, new ContactAttempt { RddNumberId = number.Id, Channel = ContactChannel.Phone, At = Bst.AddMinutes(5), Outcome = "no_answer", Disposition = "3.13" }, nameof(ContactAttempt.SampledCaseId), nameof(ContactAttempt.Handler), nameof(ContactAttempt.AppointmentAt));
            var interview = Add(db, saved, new Interview
            {
                SampledCaseId = sampled.Id, QuestionnaireId = "uss-core", QuestionnaireVersion = "2026.1", Mode = InterviewMode.Web,
                StartedAt = Bst, CompletedAt = Bst.AddMinutes(9), StateJson = """{"at":"q5"}""",
            }, nameof(Interview.RddNumberId));
            Add(db, saved, new Answer { InterviewId = interview.Id, QuestionId = "whole_experience", Code = "fairly_satisfied", Text = "ok", AnsweredAt = Bst });
            var callCase = Add(db, saved, new CallCase
            {
                ForceId = force.Id, Kind = CaseKind.Rdd, Purpose = CallPurpose.Qa, Source = CallSource.SmsUndeliverable, RddNumberId = number.Id,
                QuestionnaireId = "rdd-confidence", Stratum = "rdd", Status = CallCaseStatus.Closed, Priority = 2, NextCallAt = Bst.AddHours(3),
                Attempts = 4, Disposition = "2.21", LockedBy = "bob", LockedAt = Bst.AddMinutes(1), LockExpiresAt = Bst.AddMinutes(15), LockVersion = 9, KishTable = "e1",
                SelectionMethod = "kish_grid", SelectionAdults = 3, SelectionPosition = 2, SelectionProbability = 1.0 / 3, InterviewId = 12,
                Notes = "ask for the person with the next birthday", CreatedAt = Bst, UpdatedAt = Bst.AddHours(1),
            }, nameof(CallCase.SampledCaseId));
            var qaInterview = Add(db, saved, new QaInterview
            {
                CallCaseId = callCase.Id, QuestionnaireId = "qa-ringback", QuestionnaireVersion = "2026.1", StartedAt = Bst, CompletedAt = Bst.AddMinutes(4), StateJson = """{"a":1}""",
            });
            Add(db, saved, new QaAnswer { QaInterviewId = qaInterview.Id, QuestionId = "officer_polite", Code = "1", Text = "fine", AnsweredAt = Bst });
            Add(db, saved, new QaAttempt { CallCaseId = callCase.Id, At = Bst, Handler = "carol", Outcome = "appointment", Disposition = "2.21", AppointmentAt = Bst.AddDays(2) });
            Add(db, saved, new OptOut { VictimId = "V-000042", PhoneHash = new string('a', 64), Channel = ContactChannel.Phone, At = Bst, Reason = "STOP" });
            Add(db, saved, new JobRun { Job = "import-inbox", FireId = "NON_CLUSTERED1", ScheduledAt = Bst, StartedAt = Bst.AddSeconds(1), FinishedAt = Bst.AddSeconds(9), Outcome = "succeeded", Message = "1 file" });
            Add(db, saved, new InboxFile { Sha256 = new string('b', 64), FileName = "extract.csv", Outcome = "imported", Rows = 12, Details = "inserted=12", At = Bst });
            Add(db, saved, new AuditLogEntry { At = Bst, Actor = "test", Action = "round_trip", Subject = "crime:DEMO/26/000123", Details = "{}" });
            var conversation = Add(db, saved, new SmsConversation
            {
                PhoneKey = new string('b', 64), SampledCaseId = sampled.Id, InterviewId = interview.Id, SampleJson = """{"crime_type":"burglary"}""",
                StateJson = """{"Status":"Completed"}""", Status = SmsConversationStatus.Completed, StartedAt = Bst, LastActivityAt = Bst.AddHours(1),
                ReminderSentAt = Bst.AddHours(25), EndedAt = Bst.AddHours(26), Disposition = "1.1",
            });
            Add(db, saved, new SmsOutboxMessage
            {
                IdempotencyKey = "c1:q:treatment:0", ToPhone = "+447700900123", Body = "Q4/5", Kind = SmsMessageKind.Question, ConversationId = conversation.Id,
                Status = SmsOutboxStatus.Sent, NotBefore = Bst, CreatedAt = Bst, ClaimedAt = Bst.AddSeconds(1), SentAt = Bst.AddSeconds(2), Attempts = 2,
                ProviderSid = "SM" + new string('0', 32), DeliveryStatus = "delivered", ErrorCode = 30003, LastError = "twilio 500",
            });
            Add(db, saved, new SmsInboundMessage
            {
                MessageSid = "SM" + new string('1', 32), FromPhone = "+447700900123", Body = "3", ReceivedAt = Bst, ConversationId = conversation.Id,
                QuestionId = "treatment", Outcome = "answered",
            });
            Add(db, saved, new SmsSuppression { PhoneKey = new string('c', 64), OptedOutAt = Bst, Source = "keyword", LiftedAt = Bst.AddDays(1) });
            Add(db, saved, new SmsCaseChannel { SampledCaseId = sampled.Id, Status = SmsCaseStatus.Undeliverable, RingBackQueued = true, RingBackReason = "twilio_30006", UpdatedAt = Bst });
            Add(db, saved, new SmsSetting { Name = "suppression_key", Value = "k" });
            Add(db, saved, new ScoreSnapshot { ForceId = force.Id, AsOf = new DateOnly(2026, 11, 30), TakenAt = Bst, Figures = 2, ScoresJson = "[{}, {}]" });
        }

        using var fresh = store.Open();
        foreach (var expected in saved)
        {
            var type = expected.GetType();
            var key = fresh.Model.FindEntityType(type)!.FindPrimaryKey()!.Properties.Select(p => p.PropertyInfo!.GetValue(expected)).ToArray();
            var actual = fresh.Find(type, key);
            Assert.NotNull(actual);
            AssertSameScalars(expected, actual);
        }

        // Every entity type in the model is covered.
        var covered = saved.Select(e => e.GetType()).ToHashSet();
        Assert.All(fresh.Model.GetEntityTypes(), t => Assert.Contains(t.ClrType, covered));
    }

    private static T Add<T>(SatisfactionDbContext db, List<object> saved, T entity, params string[] mayBeDefault)
        where T : class
    {
        foreach (var property in ScalarProperties(typeof(T)).Where(p => p.Name != "Id" && !mayBeDefault.Contains(p.Name)))
        {
            var value = property.GetValue(entity);
            var isDefault = value is null || (property.PropertyType.IsValueType && value.Equals(Activator.CreateInstance(property.PropertyType)));
            Assert.False(isDefault, $"{typeof(T).Name}.{property.Name} needs a non-default test value");
        }

        db.Add(entity);
        db.SaveChanges();
        saved.Add(entity);
        return entity;
    }

    private static void AssertSameScalars(object expected, object actual)
    {
        foreach (var property in ScalarProperties(expected.GetType()))
        {
            var want = property.GetValue(expected);
            var got = property.GetValue(actual);
            var where = $"{expected.GetType().Name}.{property.Name}";
            switch (want)
            {
                case DateTimeOffset instant:
                    var reloaded = Assert.IsType<DateTimeOffset>(got);
                    Assert.True(instant.UtcTicks == reloaded.UtcTicks, $"{where}: {instant:O} came back as {reloaded:O}");
                    Assert.True(reloaded.Offset == TimeSpan.Zero, $"{where} is not in UTC: {reloaded:O}");
                    break;
                case IEnumerable list and not string:
                    Assert.Equal(list.Cast<object>(), Assert.IsAssignableFrom<IEnumerable>(got).Cast<object>());
                    break;
                default:
                    Assert.True(Equals(want, got), $"{where}: expected {want}, got {got}");
                    break;
            }
        }
    }

    private static IEnumerable<PropertyInfo> ScalarProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.Namespace != typeof(Force).Namespace || p.PropertyType.IsEnum);
}
