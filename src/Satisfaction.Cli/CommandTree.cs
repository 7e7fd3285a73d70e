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

        config.AddBranch<GlobalSettings>("sample", sample =>
        {
            sample.SetDescription("Draw the weekly victim sample (options --as-of, --seed, --dry-run, --programmes); export writes it as CSV, explain says why a record was or was not sampled.");
            sample.SetDefaultCommand<SampleCommand>();
            sample.AddExample("sample", "--as-of", "2026-11-30");
            sample.AddCommand<SampleExportCommand>("export")
                .WithDescription("Write the sampled cases of a draw as CSV (no phone numbers).")
                .WithExample("sample", "export", "--draw", "latest", "--out", "sample.csv");
            sample.AddCommand<SampleExplainCommand>("explain")
                .WithDescription("Say why a record was or was not sampled: every rule, the draw, the inclusion probability.")
                .WithExample("sample", "explain", "CR00000123");
        });
    }
}
