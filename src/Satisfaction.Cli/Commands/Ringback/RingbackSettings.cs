using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using Satisfaction.Application.Ringback;
using Satisfaction.Data.Entities;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Ringback;

/// <summary>Options every ring-back command takes: the store, the handler and the clock.</summary>
public class RingbackSettings : StoreSettings
{
    /// <summary>The call-handler's name.</summary>
    [CommandOption("--handler <NAME>")]
    [Description("The call-handler's name (letters, digits, . _ - @); cases are locked to it.")]
    public string? Handler { get; init; }

    /// <summary>The time to start the clock at, UK local.</summary>
    [CommandOption("--now <TIME>")]
    [Description("Start the clock at this UK local time, yyyy-MM-ddTHH:mm (for tests and demos). Default: the real time.")]
    public string? Now { get; init; }

    /// <summary>The store desk on <paramref name="clock"/>, taking from the QA queue when <paramref name="qa"/>.</summary>
    internal static RingbackDesk Desk(IServiceProvider services, TimeProvider clock, bool qa = false)
    {
        var desk = ActivatorUtilities.CreateInstance<RingbackDesk>(services, clock);
        desk.Queue = qa ? CallPurpose.Qa : CallPurpose.Survey;
        return desk;
    }

    /// <summary>Whether this command needs <c>--handler</c>.</summary>
    protected virtual bool NeedsHandler => true;

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (NeedsHandler && string.IsNullOrWhiteSpace(Handler))
        {
            return ValidationResult.Error("--handler NAME is required: the call-handler's name.");
        }

        return RingbackClock.Check(Now) is { } problem ? ValidationResult.Error(problem) : base.Validate();
    }
}
