using Satisfaction.Application.Questionnaires;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core;
using Satisfaction.Core.Questionnaires;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Questionnaires;

/// <summary><c>satisfaction questionnaires show ID</c>: the script as a call handler reads it. Does not touch the store.</summary>
public sealed class ShowQuestionnaireCommand(CliHost host, QuestionnaireLibrary library, ScriptRenderer renderer) : Command<ShowQuestionnaireSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ShowQuestionnaireSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Questionnaire questionnaire;
        try
        {
            questionnaire = library.Load(host.ResolvePath(settings.Directory), settings.Directory, settings.Id);
        }
        catch (InvalidInputException ex)
        {
            throw new InvalidInputException(TerminalText.SafeLines(ex.Message), ex);
        }

        foreach (var line in renderer.Render(questionnaire, settings.SampleValues()))
        {
            host.Out.WriteLine(TerminalText.Safe(line));
        }

        return ExitCodes.Ok;
    }
}
