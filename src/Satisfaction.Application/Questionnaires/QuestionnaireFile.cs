namespace Satisfaction.Application.Questionnaires;

/// <summary>A questionnaire definition file.</summary>
/// <param name="Display">The path as shown in messages (as the user gave it, with <c>/</c> separators).</param>
/// <param name="FullPath">The file's full path.</param>
public sealed record QuestionnaireFile(string Display, string FullPath);
