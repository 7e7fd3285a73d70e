using System.ComponentModel;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Jobs;

/// <summary>Options of <c>satisfaction jobs run|pause|resume NAME</c>.</summary>
public sealed class JobNameSettings : StoreSettings
{
    /// <summary>The job.</summary>
    [CommandArgument(0, "<NAME>")]
    [Description("Job name, e.g. import-inbox, weekly-sample, rdd-release, retention (see 'jobs list').")]
    public string Name { get; init; } = string.Empty;
}
