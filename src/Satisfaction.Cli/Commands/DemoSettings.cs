using System.ComponentModel;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands;

/// <summary>Options of <c>satisfaction demo</c>.</summary>
public sealed class DemoSettings : GlobalSettings, IStartsStoreItself
{
    /// <summary>The default seed, so that a plain <c>demo</c> is reproducible.</summary>
    public const long DefaultSeed = 2016;

    /// <summary>Seed of the synthetic data.</summary>
    [CommandOption("--seed <N>")]
    [Description("Seed of the synthetic data (default 2016). The same seed and --as-of give the same records.")]
    public long? Seed { get; init; }

    /// <summary>Folder for the demo's files (<c>true-rates.csv</c>, <c>report/</c>); default the working folder.</summary>
    [CommandOption("--out <DIR>")]
    [Description("Folder for true-rates.csv and report/ (default: the current folder).")]
    public string? OutputFolder { get; init; }

    /// <summary>Skip the fieldwork: one year of recorded crime, its weekly draws and the month's RDD release only.</summary>
    [CommandOption("--no-fieldwork")]
    [Description("Only the force, one year of recorded crime, its weekly draws and the month's RDD release: no interviews, no report (seconds instead of a minute).")]
    public bool NoFieldwork { get; init; }

    /// <summary>Average recorded crimes and incidents a year (for tests: a smaller demo runs faster).</summary>
    [CommandOption("--records-per-year <N>", IsHidden = true)]
    [Description("Average recorded crimes and incidents a year (default 8000).")]
    public int? RecordsPerYear { get; init; }

    /// <summary>Optional file to also write the synthetic year to, in the recorded-crime extract format.</summary>
    [CommandOption("--csv <FILE>")]
    [Description("Also write the synthetic recorded crime as an extract (the CSV that 'import crimes' reads).")]
    public string? CsvPath { get; init; }
}
