using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Satisfaction.Application.Questionnaires;
using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Application.Ringback;

/// <summary>
/// The telephone scripts of the console: each questionnaire loaded (and linted) once per process from
/// <see cref="RingbackOptions.QuestionnairesPath"/>, with its routing engine, so moving to the next question
/// never reads a file.
/// </summary>
public sealed class RingbackScripts(QuestionnaireLibrary library, IOptions<RingbackOptions> options)
{
    /// <summary>The folder used when none is configured, relative to the working folder.</summary>
    public const string DefaultFolder = "questionnaires";

    private readonly ConcurrentDictionary<string, Lazy<InterviewEngine>> engines = new(StringComparer.Ordinal);

    /// <summary>
    /// The folder to use: <paramref name="given"/> taken from <paramref name="workingDirectory"/>; else
    /// <see cref="DefaultFolder"/> there when it exists; else the copy shipped beside the program.
    /// </summary>
    public static string ResolveFolder(string? given, string workingDirectory)
    {
        if (given is not null)
        {
            return Path.GetFullPath(given, workingDirectory);
        }

        var local = Path.GetFullPath(DefaultFolder, workingDirectory);
        var shipped = Path.Combine(AppContext.BaseDirectory, DefaultFolder);
        return Directory.Exists(local) || !Directory.Exists(shipped) ? local : shipped;
    }

    /// <summary>The routing engine of questionnaire <paramref name="id"/>.</summary>
    /// <exception cref="Core.InvalidInputException">No such questionnaire, or it does not lint clean.</exception>
    public InterviewEngine Engine(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var lazy = engines.GetOrAdd(id, key => new Lazy<InterviewEngine>(() =>
        {
            var folder = ResolveFolder(options.Value.QuestionnairesPath, Directory.GetCurrentDirectory());
            return new InterviewEngine(library.Load(folder, folder, key));
        }));
        try
        {
            return lazy.Value;
        }
        catch
        {
            engines.TryRemove(id, out _);
            throw;
        }
    }
}
