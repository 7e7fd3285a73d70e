using System.Globalization;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core.Questionnaires;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Questionnaires;

/// <summary>
/// <c>satisfaction questionnaires lint [PATH]</c>: prints <c>FILE:LINE:COL: reason</c> for every problem on
/// standard output and exits 1 if there is any; exits 0 with a one-line summary on standard error when clean.
/// </summary>
public sealed class LintQuestionnairesCommand(CliHost host) : Command<LintQuestionnairesSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, LintQuestionnairesSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var files = QuestionnaireFiles.Find(host, settings.Path);
        var problems = 0;
        foreach (var (display, fullPath) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var problem in QuestionnaireLinter.Lint(File.ReadAllText(fullPath), display))
            {
                host.Out.WriteLine(problem.ToString());
                problems++;
            }
        }

        var summary = string.Create(CultureInfo.InvariantCulture, $"{files.Count} questionnaire file(s) checked, {problems} problem(s)");
        if (problems > 0)
        {
            host.Error.WriteLine($"error: {summary}");
            return ExitCodes.UserError;
        }

        host.Error.WriteLine($"ok: {summary}");
        return ExitCodes.Ok;
    }
}
