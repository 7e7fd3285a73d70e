using Microsoft.EntityFrameworkCore;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Sms;
using Satisfaction.Data.Conversions;
using Satisfaction.Data.Entities;

namespace Satisfaction.Data;

/// <summary>
/// The store: forces, recorded crimes, samples, fieldwork and answers. Open it with
/// <see cref="SatisfactionDb.Open(string)"/>, which applies migrations and sets WAL mode.
/// </summary>
/// <remarks>
/// Instants are <see cref="DateTimeOffset"/> stored as UTC ticks; calendar dates are <see cref="DateOnly"/>;
/// enums are stored as snake_case codes; tables and columns are snake_case. Saving checks string
/// lengths (no silent truncation) and refuses to change or delete audit-log rows.
/// </remarks>
public sealed class SatisfactionDbContext(DbContextOptions<SatisfactionDbContext> options) : DbContext(options)
{
    /// <summary>Forces.</summary>
    public DbSet<Force> Forces => Set<Force>();

    /// <summary>Divisions of forces.</summary>
    public DbSet<Division> Divisions => Set<Division>();

    /// <summary>Survey programmes.</summary>
    public DbSet<SurveyProgramme> SurveyProgrammes => Set<SurveyProgramme>();

    /// <summary>Recorded crimes and incidents.</summary>
    public DbSet<RecordedCrime> RecordedCrimes => Set<RecordedCrime>();

    /// <summary>Victims' contact details (personal data).</summary>
    public DbSet<VictimContact> VictimContacts => Set<VictimContact>();

    /// <summary>Sample draws.</summary>
    public DbSet<SampleDraw> SampleDraws => Set<SampleDraw>();

    /// <summary>Records considered by draws (each once).</summary>
    public DbSet<DrawConsideration> DrawConsiderations => Set<DrawConsideration>();

    /// <summary>Sampled victim cases.</summary>
    public DbSet<SampledCase> SampledCases => Set<SampledCase>();

    /// <summary>RDD 100-banks.</summary>
    public DbSet<NumberBank> NumberBanks => Set<NumberBank>();

    /// <summary>RDD replicates.</summary>
    public DbSet<RddReplicate> RddReplicates => Set<RddReplicate>();

    /// <summary>Drawn RDD numbers.</summary>
    public DbSet<RddNumber> RddNumbers => Set<RddNumber>();

    /// <summary>Numbers never to call.</summary>
    public DbSet<DoNotCall> DoNotCall => Set<DoNotCall>();

    /// <summary>Contact attempts.</summary>
    public DbSet<ContactAttempt> ContactAttempts => Set<ContactAttempt>();

    /// <summary>Interviews.</summary>
    public DbSet<Interview> Interviews => Set<Interview>();

    /// <summary>Answers.</summary>
    public DbSet<Answer> Answers => Set<Answer>();

    /// <summary>Opt-outs.</summary>
    public DbSet<OptOut> OptOuts => Set<OptOut>();

    /// <summary>The telephone ring-back queue (victims and RDD numbers), with handlers' locks.</summary>
    public DbSet<CallCase> CallCases => Set<CallCase>();

    /// <summary>QA ring-back interviews (apart from the survey's).</summary>
    public DbSet<QaInterview> QaInterviews => Set<QaInterview>();

    /// <summary>QA ring-back answers (apart from the survey's).</summary>
    public DbSet<QaAnswer> QaAnswers => Set<QaAnswer>();

    /// <summary>QA ring-back calls (apart from the survey's contact attempts).</summary>
    public DbSet<QaAttempt> QaAttempts => Set<QaAttempt>();
    /// <summary>SMS texts to send (the outbox).</summary>
    public DbSet<SmsOutboxMessage> SmsOutbox => Set<SmsOutboxMessage>();

    /// <summary>SMS texts received.</summary>
    public DbSet<SmsInboundMessage> SmsInbound => Set<SmsInboundMessage>();

    /// <summary>SMS interviews' server-side state.</summary>
    public DbSet<SmsConversation> SmsConversations => Set<SmsConversation>();

    /// <summary>The SMS suppression list (keyed hashes of numbers that opted out).</summary>
    public DbSet<SmsSuppression> SmsSuppressions => Set<SmsSuppression>();

    /// <summary>Sampled cases' state on the SMS channel.</summary>
    public DbSet<SmsCaseChannel> SmsCaseChannels => Set<SmsCaseChannel>();

    /// <summary>Values the SMS service keeps (e.g. its generated key).</summary>
    public DbSet<SmsSetting> SmsSettings => Set<SmsSetting>();

    /// <summary>The append-only audit log.</summary>
    public DbSet<AuditLogEntry> AuditLog => Set<AuditLogEntry>();

    /// <summary>Runs of scheduled jobs (last outcome per job).</summary>
    public DbSet<JobRun> JobRuns => Set<JobRun>();

    /// <summary>Extracts the inbox job has imported or refused, by content hash.</summary>
    public DbSet<InboxFile> InboxFiles => Set<InboxFile>();
    /// <summary>Dated snapshots of the scores (one per as-of date).</summary>
    public DbSet<ScoreSnapshot> ScoreSnapshots => Set<ScoreSnapshot>();

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StoreValidation.Validate(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StoreValidation.Validate(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<CrimeFlags>().HaveConversion<CrimeFlagsConverter>().HaveMaxLength(256);
        configurationBuilder.Properties<IncidentType>().HaveConversion<EnumCodeConverter<IncidentType>>().HaveMaxLength(16);
        configurationBuilder.Properties<VictimType>().HaveConversion<EnumCodeConverter<VictimType>>().HaveMaxLength(16);
        configurationBuilder.Properties<ProgrammeKind>().HaveConversion<EnumCodeConverter<ProgrammeKind>>().HaveMaxLength(32);
        configurationBuilder.Properties<SampleDrawStatus>().HaveConversion<EnumCodeConverter<SampleDrawStatus>>().HaveMaxLength(16);
        configurationBuilder.Properties<ConsiderationOutcome>().HaveConversion<EnumCodeConverter<ConsiderationOutcome>>().HaveMaxLength(16);
        configurationBuilder.Properties<CaseStatus>().HaveConversion<EnumCodeConverter<CaseStatus>>().HaveMaxLength(16);
        configurationBuilder.Properties<RddNumberStatus>().HaveConversion<EnumCodeConverter<RddNumberStatus>>().HaveMaxLength(16);
        configurationBuilder.Properties<ContactChannel>().HaveConversion<EnumCodeConverter<ContactChannel>>().HaveMaxLength(16);
        configurationBuilder.Properties<InterviewMode>().HaveConversion<EnumCodeConverter<InterviewMode>>().HaveMaxLength(16);
        configurationBuilder.Properties<Core.Fieldwork.CaseKind>().HaveConversion<EnumCodeConverter<Core.Fieldwork.CaseKind>>().HaveMaxLength(16);
        configurationBuilder.Properties<CallCaseStatus>().HaveConversion<EnumCodeConverter<CallCaseStatus>>().HaveMaxLength(16);
        configurationBuilder.Properties<CallSource>().HaveConversion<EnumCodeConverter<CallSource>>().HaveMaxLength(32);
        configurationBuilder.Properties<CallPurpose>().HaveConversion<EnumCodeConverter<CallPurpose>>().HaveMaxLength(16);
        configurationBuilder.Properties<SmsOutboxStatus>().HaveConversion<EnumCodeConverter<SmsOutboxStatus>>().HaveMaxLength(16);
        configurationBuilder.Properties<SmsMessageKind>().HaveConversion<EnumCodeConverter<SmsMessageKind>>().HaveMaxLength(24);
        configurationBuilder.Properties<SmsConversationStatus>().HaveConversion<EnumCodeConverter<SmsConversationStatus>>().HaveMaxLength(16);
        configurationBuilder.Properties<SmsCaseStatus>().HaveConversion<EnumCodeConverter<SmsCaseStatus>>().HaveMaxLength(16);
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SatisfactionDbContext).Assembly);
        SnakeCaseNaming.Apply(modelBuilder);
        if (Database.IsNpgsql())
        {
            PostgreSqlModel.Apply(modelBuilder);
        }
    }
}
