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
            stats.SetDescription("Survey statistics: estimates with design-based errors, intervals and comparisons.");
            stats.AddCommand<StatsEstimateCommand>("estimate")
                .WithDescription("Weighted % satisfied per measure, overall and by domain, with SEs, deff, df and CIs (JSON or CSV).")
                .WithExample("stats", "estimate", "respondents.csv", "--strata", "stratum", "--fpc", "N_h", "--measure", "treatment,whole_experience", "--by", "crime_group", "--ci", "all");
            stats.AddCommand<StatsCiCommand>("ci")
                .WithDescription("Confidence intervals for a plain proportion x / n.")
                .WithExample("stats", "ci", "-x", "5", "-n", "10", "--ci", "all");
            stats.AddCommand<StatsCompareCommand>("compare")
                .WithDescription("Difference in a measure between two periods or domains, with SE (covariance included) and p-values.")
                .WithExample("stats", "compare", "respondents.csv", "--strata", "stratum", "--fpc", "N_h", "--measure", "treatment", "--period", "period", "-a", "in_year", "-b", "previous_12m");
        });
    }
}
