using Satisfaction.Cli.Commands;
using Satisfaction.Cli.Commands.Import;
using Satisfaction.Cli.Commands.Rdd;
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

        config.AddBranch("import", import =>
        {
            import.SetDescription("Import source data into the store.");
            import.AddCommand<ImportCrimesCommand>("crimes")
                .WithDescription("Import a recorded-crime extract (CSV): all or nothing, idempotent on crime_ref.")
                .WithExample("import", "crimes", "extract.csv", "--db", "demo.db");
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
    }
}
