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

    /// <summary>Optional file to also write the synthetic year to, in the recorded-crime extract format.</summary>
    [CommandOption("--csv <FILE>")]
    [Description("Also write the synthetic year as a recorded-crime extract (the CSV that 'import crimes' reads).")]
    public string? CsvPath { get; init; }
}
