using Satisfaction.Cli.Commands.Benchmark;
using Satisfaction.Cli.Commands.Db;
using Satisfaction.Cli.Commands.Force;
using Satisfaction.Cli.Commands.Export;
using Satisfaction.Cli.Commands.Import;
using Satisfaction.Cli.Commands.Jobs;
using Satisfaction.Cli.Commands.Serve;
using Satisfaction.Cli.Commands.Questionnaires;
using Satisfaction.Cli.Commands.Report;
using Satisfaction.Cli.Commands.Sample;
using Satisfaction.Cli.Commands.Rates;
using Satisfaction.Cli.Commands.Sms;
using Satisfaction.Cli.Commands.Scores;
using Satisfaction.Cli.Commands.Rdd;
using Satisfaction.Cli.Commands.Ringback;
using Satisfaction.Cli.Commands.Stats;
using Satisfaction.Cli.Commands;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Satisfaction.Cli;

/// <summary>The whole command tree in one place: each area adds its branch here.</summary>
internal static class CommandTree
{
    public static void Configure(IConfigurator config)
    {
        config.AddCommand<InfoCommand>("info")
            .WithDescription("Show the version, the store in use and the date the program treats as today.")
            .WithExample("info", "--db", "demo.db", "--as-of", "2026-11-30");

        config.AddCommand<DemoCommand>("demo")
            .WithDescription("Create or upgrade the store, set up the demo force (EAST, SOUTH, WEST) and store a synthetic year of recorded crime and incidents.")
            .WithExample("demo")
            .WithExample("demo", "--db", "demo.db", "--seed", "7", "--as-of", "2026-11-30")
            .WithExample("demo", "--csv", "crimes.csv");

        config.AddBranch("questionnaires", questionnaires =>
        {
            questionnaires.SetDescription("Check questionnaire definitions and print call-handler scripts.");
            questionnaires.AddCommand<LintQuestionnairesCommand>("lint")
                .WithDescription("Lint questionnaire files: FILE:LINE:COL: reason per problem; exit 1 if any.")
                .WithExample("questionnaires", "lint", "questionnaires");
            questionnaires.AddCommand<ShowQuestionnaireCommand>("show")
                .WithDescription("Print a questionnaire as a call handler reads it, with sample values piped in.")
                .WithExample("questionnaires", "show", "uss-burglary", "--sample", "crime_type=burglary", "--sample", "report_date=3 March 2026");
        });

        config.AddBranch("stats", stats =>
        {
            stats.SetDescription("Survey statistics: weighting, estimates with design-based errors, intervals and comparisons.");
            stats.AddCommand<StatsEstimateCommand>("estimate")
                .WithDescription("Weighted % satisfied per measure, overall and by domain, with SEs, deff, df and CIs (JSON or CSV).")
                .WithExample("stats", "estimate", "respondents.csv", "--strata", "stratum", "--fpc", "N_h", "--measure", "treatment,whole_experience", "--by", "crime_group", "--ci", "all");
            stats.AddCommand<StatsCiCommand>("ci")
                .WithDescription("Confidence intervals for a plain proportion x / n.")
                .WithExample("stats", "ci", "-x", "5", "-n", "10", "--ci", "all");
            stats.AddCommand<StatsCompareCommand>("compare")
                .WithDescription("Difference in a measure between two periods or domains, with SE (covariance included) and p-values.")
                .WithExample("stats", "compare", "respondents.csv", "--strata", "stratum", "--fpc", "N_h", "--measure", "treatment", "--period", "period", "-a", "in_year", "-b", "previous_12m");
            stats.AddCommand<StatsRakeCommand>("rake")
                .WithDescription("Rake base weights to population margins (R rake()); writes the rows with a weight column.")
                .WithExample("stats", "rake", "respondents.csv", "--margins", "margins.csv", "--weights", "base_weight", "--out", "raked.csv");
            stats.AddCommand<StatsCalibrateCommand>("calibrate")
                .WithDescription("Calibrate base weights to population totals (R calibrate(): linear, raking or logit, bounds on g).")
                .WithExample("stats", "calibrate", "respondents.csv", "--margins", "margins.csv", "--weights", "base_weight", "--calfun", "raking", "--bounds", "0.3,3");
            stats.AddCommand<StatsTrimCommand>("trim")
                .WithDescription("Trim weights above --upper (and below --lower), spreading the excess equally (R trimWeights()).")
                .WithExample("stats", "trim", "raked.csv", "--weights", "weight", "--upper", "12432.15", "--strict");
            stats.AddCommand<StatsReplicatesCommand>("replicates")
                .WithDescription("Replicate weights (jk1, jkn or bootstrap, as R as.svrepdesign) re-running the weighting recipe per replicate; writes weight and rep_1..rep_R columns.")
                .WithExample("stats", "replicates", "respondents.csv", "--weights", "base_weight", "--method", "jk1", "--margins", "margins.csv", "--rake", "--measure", "confidence_code", "--satisfied", "1-2", "--valid", "1-6", "--out", "replicates.csv");
        });

        config.AddCommand<BenchmarkCommand>("benchmark")
            .WithDescription("Compare the force with its Most Similar Group and nationally from published figures: MSG average, ranks, best force, MSG range, significance.")
            .WithExample("benchmark", "--peers", "peers.csv", "--force", "Lancashire", "--measure", "whole_experience")
            .WithExample("benchmark", "--peers", "peers.csv", "--force", "South Yorkshire", "--format", "json");

        config.AddCommand<RatesCommand>("rates")
            .WithDescription("AAPOR response, cooperation, refusal and contact rates (RR1-RR6, COOP1-4, REF1-3, CON1-3) per programme, channel, month or handler.")
            .WithExample("rates", "--by", "month", "--programme", "uss", "--eligible-share", "0.8")
            .WithExample("rates", "--by", "handler", "--format", "json");
        config.AddBranch("force", force =>
        {
            force.SetDescription("Set up a force (divisions, programmes, contact hours) and show it.");
            force.AddCommand<ForceInitCommand>("init")
                .WithDescription("Create or update a force, its divisions and programmes (idempotent), from options or a force.yaml.")
                .WithExample("force", "init", "--code", "LANCS", "--name", "Lancashire Constabulary", "--divisions", "EAST,SOUTH,WEST")
                .WithExample("force", "init", "--file", "force.yaml");
            force.AddCommand<ForceShowCommand>("show")
                .WithDescription("Show the force: divisions with record counts, programmes, MSG peers, contact hours.")
                .WithExample("force", "show", "--format", "json");
        });

        config.AddCommand<ScoresCommand>("scores")
            .WithDescription("The measures from the interviews in the store: in-year and previous 12 months, by programme, user group and division, with the change and its significance.")
            .WithExample("scores", "--as-of", "2026-11-30")
            .WithExample("scores", "--as-of", "2026-11-30", "--programme", "uss", "--by", "division", "--format", "json");

        config.AddCommand<ReportCommand>("report")
            .WithDescription("Write a self-contained HTML report (tables, charts, methods and caveats) and its tables as CSV.")
            .WithExample("report", "--as-of", "2026-11-30", "--out", "report");

        config.AddCommand<ExportCommand>("export")
            .WithDescription("Microdata for analysts (responses, cases or attempts) as CSV or Parquet, with pseudonymous case ids and a data dictionary beside it.")
            .WithExample("export", "--what", "responses", "--format", "parquet", "--out", "responses.parquet");

        config.AddBranch<StoreSettings>("sample", sample =>
        {
            sample.SetDescription("Draw the weekly victim sample (the default; see 'sample draw --help' for its options), export a draw as CSV, or explain why a record was or was not sampled.");
            sample.SetDefaultCommand<SampleCommand>();
            sample.AddExample("sample", "draw", "--as-of", "2026-11-30");
            sample.AddCommand<SampleCommand>("draw")
                .WithDescription("Draw the weekly sample (what 'sample' alone does): --seed N, --dry-run, --programmes DIR.")
                .WithExample("sample", "draw", "--as-of", "2026-11-30", "--seed", "20261130", "--dry-run");
            sample.AddCommand<SampleListCommand>("list")
                .WithDescription("List every draw: id, as-of date, seed, status, considered and sampled (per programme).")
                .WithExample("sample", "list", "--format", "json");
            sample.AddCommand<SampleExportCommand>("export")
                .WithDescription("Write the sampled cases of a draw (an id, latest, or all with an optional --since DATE) as CSV (no phone numbers).")
                .WithExample("sample", "export", "--draw", "latest", "--out", "sample.csv")
                .WithExample("sample", "export", "--draw", "all", "--since", "2026-10-01", "--out", "autumn.csv");
            sample.AddCommand<SampleExplainCommand>("explain")
                .WithDescription("Say why a record was or was not sampled: every rule, the draw, the inclusion probability.")
                .WithExample("sample", "explain", "CR00000123");
        });

        config.AddBranch("import", import =>
        {
            import.SetDescription("Import source data into the store.");
            import.AddCommand<ImportCrimesCommand>("crimes")
                .WithDescription("Import a recorded-crime extract (CSV): all or nothing, idempotent on crime_ref.")
                .WithExample("import", "crimes", "extract.csv", "--db", "demo.db");
        });

        config.AddCommand<ServeCommand>("serve")
            .WithDescription("Run the service: Kestrel (GET /health, the SMS endpoints) and the Quartz scheduler on its persistent job store.")
            .WithExample("serve", "--urls", "http://127.0.0.1:5080")
            .WithExample("serve", "--now", "2026-11-30T10:00", "--speed", "60");

        config.AddBranch("jobs", jobs =>
        {
            jobs.SetDescription("The scheduled jobs, in the persistent job store a running service reads.");
            jobs.AddCommand<JobsListCommand>("list")
                .WithDescription("Every job: cron (UK time), paused, last run and outcome, next run.")
                .WithExample("jobs", "list", "--format", "json");
            jobs.AddCommand<JobsRunCommand>("run")
                .WithDescription("Run a job now: the running service fires it, or it runs here when no service runs.")
                .WithExample("jobs", "run", "import-inbox");
            jobs.AddCommand<JobsPauseCommand>("pause")
                .WithDescription("Pause a job (it stays paused after a restart).")
                .WithExample("jobs", "pause", "weekly-sample");
            jobs.AddCommand<JobsResumeCommand>("resume")
                .WithDescription("Resume a paused job.")
                .WithExample("jobs", "resume", "weekly-sample");
        });

        config.AddBranch("rdd", rdd =>
        {
            rdd.SetDescription("Random-digit-dial sample for the public-confidence survey.");
            rdd.AddCommand<RddReleaseCommand>("release")
                .WithDescription("Release new replicates of RDD numbers for a month, once the released ones are worked out.")
                .WithExample("rdd", "release", "--month", "2026-12", "--seed", "42");
            rdd.AddCommand<RddExportCommand>("export")
                .WithDescription("Export released RDD numbers with replicate and status (CSV).")
                .WithExample("rdd", "export", "--month", "2026-12", "--out", "rdd-2026-12.csv");
        });

        config.AddBranch<RingbackSettings>("ringback", ringback =>
        {
            ringback.SetDescription("Telephone ring-backs and RDD interviews: the call-handler's console (the default), and next/release/record/status for scripts and supervisors.");
            ringback.SetDefaultCommand<RingbackScreenCommand>();
            ringback.AddExample("ringback", "--handler", "alice");
            ringback.AddCommand<RingbackNextCommand>("next")
                .WithDescription("Claim the next due case for a handler (appointments, fresh, retries); exit 3 when nothing is due.")
                .WithExample("ringback", "next", "--handler", "alice", "--format", "json");
            ringback.AddCommand<RingbackReleaseCommand>("release")
                .WithDescription("Give a held case back to the queue without recording a call.")
                .WithExample("ringback", "release", "17", "--handler", "alice");
            ringback.AddCommand<RingbackRecordCommand>("record")
                .WithDescription("End a call with its outcome (and the answers given); the re-call rules set the next call or close the case.")
                .WithExample("ringback", "record", "17", "--handler", "alice", "--disposition", "appointment", "--appointment", "2026-12-01T18:30");
            ringback.AddCommand<RingbackStatusCommand>("status")
                .WithDescription("Supervisor view: cases by outcome and stratum, completes against target, calls per complete, handlers today, locks.")
                .WithExample("ringback", "status", "--format", "json");
        });

        config.AddBranch("db", db =>
        {
            db.SetDescription("The store's database itself.");
            db.AddCommand<DbCopyCommand>("copy")
                .WithDescription("Copy a SQLite store into a new, empty PostgreSQL store: every table in foreign-key order, ids kept, one transaction, row counts compared.")
                .WithExample("db", "copy", "--db", "force.db", "--to", "Host=db;Database=satisfaction;Username=satisfaction");
        });

        config.AddBranch("sms", sms =>
        {
            sms.SetDescription("The SMS survey (Twilio or offline transport).");
            sms.AddCommand<SmsDispatchCommand>("dispatch")
                .WithDescription("Run one SMS dispatch pass (reminders, expiry, invitations inside SMS hours) and send the texts due.")
                .WithExample("sms", "dispatch", "--db", "demo.db");
        });
    }
}
