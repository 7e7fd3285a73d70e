using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Satisfaction.Application.Import;
using Satisfaction.Application.Rdd;
using Satisfaction.Application.Sampling;
using Satisfaction.Application.Scores;
using Satisfaction.Cli.Composition;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core;
using Satisfaction.Data;
using Satisfaction.Scheduling;
using Spectre.Console.Cli;

namespace Satisfaction.Cli;

/// <summary>The <c>satisfaction</c> command: its command tree and its exit-code contract.</summary>
public static class CliApp
{
    /// <summary>Runs the program against the real console, clock and working folder.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        CliHost host;
        try
        {
            host = CliHost.FromProcess();
        }
        catch (InvalidInputException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.UserError;
        }

        return await RunAsync(args, host).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs one command line. Returns 0 on success, 1 on a user error (bad option, bad file, bad data, bad
    /// setting: the message on stderr says where and why), 2 on an internal error.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, CliHost host)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(host);
        var app = new CommandApp(new TypeRegistrar(Services(args, host)));
        app.Configure(config =>
        {
            config.SetApplicationName("satisfaction");
            config.SetApplicationVersion(ProgramVersion.Text);
            config.ConfigureConsole(host.Console);
            config.PropagateExceptions();
            config.UseStrictParsing();
            config.ValidateExamples();
            CommandTree.Configure(config);
        });

        try
        {
            var normalized = Commands.Stats.StatsArguments.Normalize(args);
            CommandLineCheck.Check(normalized);
            return await app.RunAsync(normalized).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsUserError(ex))
        {
            // Messages may quote the user's data (a crime reference, a cell): never let it drive the terminal.
            await host.Error.WriteLineAsync($"error: {TerminalText.SafeLines(ex.Message)}").ConfigureAwait(false);
            return ExitCodes.UserError;
        }
        catch (Exception ex) when (Data.StoreErrors.IsBusy(ex))
        {
            await host.Error.WriteLineAsync(
                "error: the store is busy: another process (an import, a draw, the service) held it for longer than Store:BusyTimeoutMilliseconds. What this command wrote in its own transaction was rolled back; run it again when the other has finished.").ConfigureAwait(false);
            return ExitCodes.UserError;
        }
        catch (Exception ex)
        {
            await host.Error.WriteLineAsync($"internal error: {ex.GetType().Name}: {TerminalText.SafeLines(ex.Message)}").ConfigureAwait(false);
            await host.Error.WriteLineAsync(ex.StackTrace).ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
    }

    /// <summary>
    /// The composition root's services for one command line: the host's streams and clock, configuration with
    /// the command line's overrides on top, and paths in settings taken from the working folder.
    /// </summary>
    internal static ServiceCollection Services(IReadOnlyList<string> args, CliHost host)
    {
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(host.Configuration)
            .AddInMemoryCollection(CommandLineOverrides.Read(args))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton(host);
        services.AddSingleton(host.Time);
        AddProgram(services, configuration, host, schedulerClock: null);
        services.AddSingleton<ICommandInterceptor, StoreStartup>();
        return services;
    }

    /// <summary>
    /// The program's services on <paramref name="services"/> (a command's container, or the <c>serve</c> host's):
    /// configuration, the composition root, paths in settings taken from the working folder, and the scheduler
    /// (its job store beside the store file; <paramref name="schedulerClock"/> for <c>serve --now</c>).
    /// </summary>
    internal static void AddProgram(IServiceCollection services, IConfiguration configuration, CliHost host, TimeProvider? schedulerClock)
    {
        services.AddSingleton(configuration);
        services.AddSatisfaction(configuration);
        services.PostConfigure<StoreOptions>(o => o.Path = string.IsNullOrWhiteSpace(o.Path) ? o.Path : host.ResolvePath(o.Path));
        services.PostConfigure<SamplingOptions>(o => o.ProgrammesPath = ProgrammeCatalog.ResolveFolder(o.ProgrammesPath, host.WorkingDirectory));
        services.PostConfigure<ImportOptions>(o => o.Inbox = string.IsNullOrWhiteSpace(o.Inbox) ? null : host.ResolvePath(o.Inbox));
        services.PostConfigure<RddOptions>(o => o.BanksFile = string.IsNullOrWhiteSpace(o.BanksFile) ? null : host.ResolvePath(o.BanksFile));
        services.AddSatisfactionScheduling(configuration, host.ResolvePath(configuration["Store:Path"] is { Length: > 0 } path ? path : "satisfaction.db"), schedulerClock);
        services.AddSatisfactionJobs(typeof(Sms.Jobs.SmsDispatchJob).Assembly);
        services.AddSatisfactionJobs(typeof(Reporting.Jobs.NightlyReportJob).Assembly);
        services.PostConfigure<Reporting.ReportsOptions>(o => o.Folder = string.IsNullOrWhiteSpace(o.Folder) ? null : host.ResolvePath(o.Folder));
        services.PostConfigure<Application.Ringback.RingbackOptions>(o => o.QuestionnairesPath = Application.Ringback.RingbackScripts.ResolveFolder(o.QuestionnairesPath, host.WorkingDirectory));
        services.PostConfigure<ScoreOptions>(o =>
        {
            o.QuestionnairesPath = ScoreFolders.ResolveQuestionnaires(o.QuestionnairesPath, host.WorkingDirectory);
            o.RddMarginsFile = o.RddMarginsFile is null ? null : host.ResolvePath(o.RddMarginsFile);
        });
    }

    private static bool IsUserError(Exception ex) =>
        ex is InvalidInputException or CommandParseException or CommandRuntimeException;
}
