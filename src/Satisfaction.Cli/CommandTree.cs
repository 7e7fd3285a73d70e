using Satisfaction.Cli.Commands;
using Satisfaction.Cli.Commands.Stats;
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

        config.AddBranch("stats", stats =>
        {
            stats.SetDescription("Survey statistics: weighting, estimates and confidence intervals that match R's survey package.");
            stats.AddCommand<StatsRakeCommand>("rake")
                .WithDescription("Rake base weights to population margins (R rake()); writes the rows with a weight column.")
                .WithExample("stats", "rake", "respondents.csv", "--margins", "margins.csv", "--weights", "base_weight", "--out", "raked.csv");
            stats.AddCommand<StatsCalibrateCommand>("calibrate")
                .WithDescription("Calibrate base weights to population totals (R calibrate(): linear, raking or logit, bounds on g).")
                .WithExample("stats", "calibrate", "respondents.csv", "--margins", "margins.csv", "--weights", "base_weight", "--calfun", "raking", "--bounds", "0.3,3");
            stats.AddCommand<StatsTrimCommand>("trim")
                .WithDescription("Trim weights above --upper (and below --lower), spreading the excess equally (R trimWeights()).")
                .WithExample("stats", "trim", "raked.csv", "--weights", "weight", "--upper", "12432.15", "--strict");
        });
    }
}
