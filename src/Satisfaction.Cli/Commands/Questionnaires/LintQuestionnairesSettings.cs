using System.ComponentModel;
using Satisfaction.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Questionnaires;

/// <summary>Settings of <c>satisfaction questionnaires lint</c>.</summary>
public sealed class LintQuestionnairesSettings : GlobalSettings
{
    /// <summary>A questionnaire file, or a folder whose top-level *.yaml files are linted.</summary>
    [CommandArgument(0, "[PATH]")]
    [Description("A questionnaire file, or a folder whose top-level *.yaml files are linted (default: questionnaires).")]
    public string Path { get; init; } = "questionnaires";
}
