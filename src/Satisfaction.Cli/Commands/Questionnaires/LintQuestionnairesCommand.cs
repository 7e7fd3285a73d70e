using System.Globalization;
using Satisfaction.Application.Questionnaires;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Questionnaires;

/// <summary>
/// <c>satisfaction questionnaires lint [PATH]</c>: prints <c>FILE:LINE:COL: reason</c> for every problem on
/// standard output and exits 1 if there is any; exits 0 with a one-line summary on standard error when clean.
/// Does not touch the store.
/// </summary>
public sealed class LintQuestionnairesCommand(CliHost host, QuestionnaireLibrary library) : Command<LintQuestionnairesSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, LintQuestionnairesSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        QuestionnaireLintReport report;
        try
        {
            report = library.Lint(host.ResolvePath(settings.Path), settings.Path, cancellationToken);
        }
        catch (InvalidInputException ex)
        {
            throw new InvalidInputException(TerminalText.SafeLines(ex.Message), ex);
        }

        foreach (var problem in report.Problems)
        {
            host.Out.WriteLine(TerminalText.Safe(problem.ToString()));
        }

        var summary = string.Create(CultureInfo.InvariantCulture, $"{report.Files.Count} questionnaire file(s) checked, {report.Problems.Count} problem(s)");
        if (!report.Clean)
        {
            host.Error.WriteLine($"error: {summary}");
            return ExitCodes.UserError;
        }

        host.Error.WriteLine($"ok: {summary}");
        return ExitCodes.Ok;
    }
}
