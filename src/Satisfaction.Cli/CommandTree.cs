using Satisfaction.Cli.Commands;
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
    }
}
