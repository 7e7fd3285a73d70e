using System.ComponentModel;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Commands.Questionnaires;

/// <summary>Settings of <c>satisfaction questionnaires lint</c> (no store: no --db or --as-of).</summary>
public sealed class LintQuestionnairesSettings : CommandSettings
{
    /// <summary>A questionnaire file, or a folder whose top-level *.yaml files are linted.</summary>
    [CommandArgument(0, "[PATH]")]
    [Description("A questionnaire file, or a folder whose top-level *.yaml files are linted (default: questionnaires).")]
    public string Path { get; init; } = "questionnaires";
}
