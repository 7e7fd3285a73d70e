namespace Satisfaction.Application.Scores;

/// <summary>Where the scores find the questionnaires.</summary>
public static class ScoreFolders
{
    /// <summary>The folder used when none is given, relative to the working folder.</summary>
    public const string DefaultQuestionnaires = "questionnaires";

    /// <summary>
    /// <paramref name="given"/> (<c>Scores:QuestionnairesPath</c>) taken from <paramref name="workingDirectory"/>; else
    /// <see cref="DefaultQuestionnaires"/> there when it exists; else the copy shipped beside the program.
    /// </summary>
    public static string ResolveQuestionnaires(string? given, string workingDirectory)
    {
        if (given is not null)
        {
            return Path.GetFullPath(given, workingDirectory);
        }

        var local = Path.GetFullPath(DefaultQuestionnaires, workingDirectory);
        var shipped = Path.Combine(AppContext.BaseDirectory, DefaultQuestionnaires);
        return Directory.Exists(local) || !Directory.Exists(shipped) ? local : shipped;
    }
}
