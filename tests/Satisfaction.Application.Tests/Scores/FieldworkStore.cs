using System.Globalization;
using Microsoft.Extensions.Options;
using Satisfaction.Application.Questionnaires;
using Satisfaction.Application.Scores;
using Satisfaction.Core.Crimes;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Tests.Scores;

/// <summary>
/// A temporary store with the uss programme, draws, considerations, sampled cases and interviews whose answers
/// the test controls (codes stored as the questionnaire's numeric code in text).
/// </summary>
internal sealed class FieldworkStore : IDisposable
{
    public static readonly DateOnly AsOf = new(2026, 11, 30);

    private readonly TempStore _store;
    private readonly int _forceId;
    private int _crimes;

    public FieldworkStore(StoreProvider provider = StoreProvider.Sqlite)
    {
        _store = new TempStore(provider);
        using var db = Open();
        var force = db.Forces.Single();
        _forceId = force.Id;
        db.SurveyProgrammes.Add(new SurveyProgramme { ForceId = force.Id, Code = "uss", Name = "USS", Kind = ProgrammeKind.UserSatisfaction, UserGroups = ["burglary", "vehicle", "violent", "hate"], QuestionnaireId = "uss" });
        db.SurveyProgrammes.Add(new SurveyProgramme { ForceId = force.Id, Code = "rdd_confidence", Name = "RDD", Kind = ProgrammeKind.PublicConfidence, QuestionnaireId = "rdd-confidence" });
        db.SaveChanges();
    }

    public string Path => _store.Path;

    public string Folder => _store.Folder;

    public static string QuestionnairesFolder => System.IO.Path.Combine(AppContext.BaseDirectory, "Data", "questionnaires");

    public SatisfactionDbContext Open() => _store.Open();

    public ScoresService Service(string? margins = null)
    {
        var db = Open();
        return new ScoresService(db, new QuestionnaireLibrary(), Options.Create(new ScoreOptions { QuestionnairesPath = QuestionnairesFolder, RddMarginsFile = margins }));
    }

    /// <summary>Adds a completed draw on <paramref name="asOf"/>.</summary>
    public long AddDraw(DateOnly asOf)
    {
        using var db = Open();
        var draw = new SampleDraw
        {
            ForceId = _forceId, ProgrammeCodes = ["uss"], AsOf = asOf, Seed = 1, WindowStart = asOf.AddDays(-84), WindowEnd = asOf.AddDays(-42),
            AllocationMethod = "proportional", CreatedAt = DateTimeOffset.UnixEpoch, Status = SampleDrawStatus.Completed,
        };
        db.SampleDraws.Add(draw);
        db.SaveChanges();
        return draw.Id;
    }

    /// <summary>Adds <paramref name="eligible"/> considered records to a draw's stratum, of which <paramref name="sampled"/> are sampled; returns the case ids.</summary>
    public List<long> AddStratum(long drawId, string userGroup, string division, int eligible, int sampled, string?[]? dispositions = null)
    {
        using var db = Open();
        var divisionId = db.Divisions.Single(d => d.Code == division).Id;
        var programmeId = db.SurveyProgrammes.Single(p => p.Code == "uss").Id;
        var stratum = userGroup + "/" + division;
        var cases = new List<SampledCase>();
        for (var i = 0; i < eligible; i++)
        {
            var crimeRef = "CR" + (++_crimes).ToString("D6", CultureInfo.InvariantCulture);
            var isSampled = i < sampled;
            db.DrawConsiderations.Add(new DrawConsideration
            {
                ForceId = _forceId, SampleDrawId = drawId, CrimeRef = crimeRef, Outcome = isSampled ? ConsiderationOutcome.Sampled : ConsiderationOutcome.NotSampled,
                Stratum = stratum, InclusionProbability = (double)sampled / eligible,
            });
            db.RecordedCrimes.Add(new RecordedCrime
            {
                ForceId = _forceId, CrimeRef = crimeRef, RecordedAt = DateTimeOffset.UnixEpoch, RecordedDate = new DateOnly(2024, 1, 1), OffenceCode = "28A",
                IncidentType = IncidentType.Crime, DivisionId = divisionId, VictimId = "V" + crimeRef, VictimType = VictimType.Person, VictimAge = 40,
                FirstImportedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch, SourceFile = "t.csv", SourceLine = 2,
            });
            if (!isSampled)
            {
                continue;
            }

            var c = new SampledCase
            {
                ForceId = _forceId, SampleDrawId = drawId, CrimeRef = crimeRef, VictimId = "V" + crimeRef, SurveyProgrammeId = programmeId, UserGroup = userGroup,
                DivisionId = divisionId, Stratum = stratum, InclusionProbability = (double)sampled / eligible, DesignWeight = (double)eligible / sampled,
                Status = CaseStatus.InProgress, FinalDisposition = dispositions is not null && i < dispositions.Length ? dispositions[i] : null,
            };
            db.SampledCases.Add(c);
            cases.Add(c);
        }

        db.SaveChanges();
        return [.. cases.Select(c => c.Id)];
    }

    /// <summary>Adds an interview of a sampled case dated <paramref name="date"/> (noon UTC) with these answers.</summary>
    public long AddInterview(long caseId, DateOnly date, bool completed, params (string Question, string Code)[] answers) =>
        AddInterview(caseId, null, "uss-burglary", date, completed, answers);

    /// <summary>Adds an interview (victim or RDD number) with its answers.</summary>
    public long AddInterview(long? caseId, long? numberId, string questionnaire, DateOnly date, bool completed, params (string Question, string Code)[] answers)
    {
        using var db = Open();
        var at = new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        var interview = new Interview
        {
            SampledCaseId = caseId, RddNumberId = numberId, QuestionnaireId = questionnaire, QuestionnaireVersion = "2026.1", Mode = InterviewMode.Sms,
            StartedAt = at.AddMinutes(-20), CompletedAt = completed ? at : null,
        };
        db.Interviews.Add(interview);
        db.ContactAttempts.Add(new ContactAttempt { SampledCaseId = caseId, RddNumberId = numberId, Channel = ContactChannel.Sms, At = at.AddMinutes(-21), Outcome = "delivered", Disposition = completed ? "1.1" : "1.2" });
        db.SaveChanges();
        foreach (var (question, code) in answers)
        {
            db.Answers.Add(new Answer { InterviewId = interview.Id, QuestionId = question, Code = code, AnsweredAt = at });
        }

        db.SaveChanges();
        return interview.Id;
    }

    /// <summary>The five USS measures, each answered with <paramref name="code"/>.</summary>
    public static (string, string)[] Five(int code) =>
        [.. new[] { "ease_of_contact", "police_actions", "follow_up", "treatment", "whole_experience" }.Select(q => (q, code.ToString(CultureInfo.InvariantCulture)))];

    /// <summary>
    /// Two years of draws (one per quarter), three strata of 60 eligible and 20 sampled, about 60% responding
    /// with answers 1-8 from a seeded generator (8 = don't know), in-year more satisfied than the year before.
    /// </summary>
    public void SeedTwoYears(int seed)
    {
        var random = new Random(seed);
        (string Group, string Division)[] strata = [("burglary", "EAST"), ("burglary", "WEST"), ("vehicle", "EAST")];
        for (var q = 0; q < 8; q++)
        {
            var drawDate = new DateOnly(2024, 12, 15).AddMonths(3 * q);
            var draw = AddDraw(drawDate);
            foreach (var (group, division) in strata)
            {
                var cases = AddStratum(draw, group, division, eligible: 60, sampled: 20);
                foreach (var c in cases)
                {
                    if (random.NextDouble() > 0.6)
                    {
                        continue;
                    }

                    var satisfiedShare = q >= 4 ? 0.8 : 0.6;
                    var answers = new[] { "ease_of_contact", "police_actions", "follow_up", "treatment", "whole_experience" }
                        .Select(m => (m, (random.NextDouble() < 0.08 ? 8 : random.NextDouble() < satisfiedShare ? random.Next(1, 4) : random.Next(4, 8)).ToString(CultureInfo.InvariantCulture)))
                        .ToArray();
                    AddInterview(c, drawDate.AddDays(random.Next(42, 80)), random.NextDouble() < 0.9, answers);
                }
            }
        }
    }

    public void Dispose() => _store.Dispose();
}
