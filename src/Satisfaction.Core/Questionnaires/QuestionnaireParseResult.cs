namespace Satisfaction.Core.Questionnaires;

/// <summary>What the parser made of a file: the model (null when the YAML itself is unreadable) and the problems found.</summary>
/// <param name="Questionnaire">The model; built even when some elements have problems (those are left out or defaulted).</param>
/// <param name="Problems">Structural problems (syntax, missing or unknown keys, wrong types), in file order.</param>
public sealed record QuestionnaireParseResult(Questionnaire? Questionnaire, IReadOnlyList<QuestionnaireProblem> Problems);
