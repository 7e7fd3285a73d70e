using Satisfaction.Core;
using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Application.Questionnaires;

/// <summary>
/// Questionnaire definitions on disk (a single file, or the top-level <c>*.yaml</c> files of a folder; subfolders
/// such as <c>programmes/</c> are not questionnaires): lints them and finds one by id. Stateless: files are read
/// on every call, so an edited file is seen at once.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "A service taken from the container, so the commands, the SMS adapter and the console share one registration.")]
public sealed class QuestionnaireLibrary
{
    /// <summary>The file itself, or the folder's top-level <c>*.yaml</c> files in ordinal name order.</summary>
    /// <param name="path">Full path of a file or folder.</param>
    /// <param name="display">The path as the user gave it, for messages.</param>
    /// <exception cref="InvalidInputException">Nothing at <paramref name="path"/>, or a folder without <c>*.yaml</c> files.</exception>
    public IReadOnlyList<QuestionnaireFile> Find(string path, string display)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(display);
        if (File.Exists(path))
        {
            return [new QuestionnaireFile(display, path)];
        }

        if (!Directory.Exists(path))
        {
            throw new InvalidInputException($"{display}: no such file or folder");
        }

        var files = Directory.GetFiles(path, "*.yaml", SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal)
            .Select(f => new QuestionnaireFile(Path.Join(display, Path.GetFileName(f)).Replace('\\', '/'), f))
            .ToList();
        return files.Count == 0 ? throw new InvalidInputException($"{display}: no *.yaml questionnaire files in this folder") : files;
    }

    /// <summary>Lints a file, or every questionnaire of a folder (see <see cref="Find"/>).</summary>
    /// <exception cref="InvalidInputException">Nothing to lint there, or a file cannot be read.</exception>
    public QuestionnaireLintReport Lint(string path, string display, CancellationToken cancellationToken = default)
    {
        var files = Find(path, display);
        var problems = new List<QuestionnaireProblem>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            problems.AddRange(QuestionnaireLinter.Lint(Read(file), file.Display));
        }

        return new QuestionnaireLintReport(files, problems);
    }

    /// <summary>
    /// The questionnaire with this id from a folder (or file): <c>ID.yaml</c> first, else any file whose <c>id</c>
    /// matches. It must lint clean.
    /// </summary>
    /// <param name="path">Full path of the folder (or a file).</param>
    /// <param name="display">The path as the user gave it, for messages.</param>
    /// <param name="id">Questionnaire id, e.g. <c>uss-burglary</c> (ordinal match).</param>
    /// <exception cref="InvalidInputException">No questionnaire has this id, or the one found has problems (all listed).</exception>
    public Questionnaire Load(string path, string display, string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var candidates = Find(path, display);
        var preferred = candidates.Where(c => string.Equals(Path.GetFileNameWithoutExtension(c.FullPath), id, StringComparison.Ordinal))
            .Concat(candidates);
        foreach (var file in preferred)
        {
            var text = Read(file);
            var parsed = QuestionnaireParser.Parse(text, file.Display);
            if (parsed.Questionnaire is { } q && string.Equals(q.Id, id, StringComparison.Ordinal))
            {
                return QuestionnaireLinter.LoadClean(text, file.Display);
            }
        }

        throw new InvalidInputException($"{display}: no questionnaire with id '{id}'");
    }

    private static string Read(QuestionnaireFile file)
    {
        try
        {
            return File.ReadAllText(file.FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException($"{file.Display}: cannot read the file: {ex.Message}", ex);
        }
    }
}
