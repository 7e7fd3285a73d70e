using Satisfaction.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Questionnaires;

/// <summary><c>satisfaction questionnaires show ID</c>: the script as a call handler reads it.</summary>
public sealed class ShowQuestionnaireCommand(CliHost host) : Command<ShowQuestionnaireSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ShowQuestionnaireSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var questionnaire = QuestionnaireFiles.Load(host, settings.Directory, settings.Id);
        host.Out.Write(ScriptRenderer.Render(questionnaire, settings.SampleValues()));
        return ExitCodes.Ok;
    }
}
