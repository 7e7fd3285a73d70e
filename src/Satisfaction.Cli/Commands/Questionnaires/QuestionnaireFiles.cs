using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core;
using Satisfaction.Core.Questionnaires;

namespace Satisfaction.Cli.Commands.Questionnaires;

/// <summary>Finds questionnaire files: a single file, or the top-level *.yaml files of a folder (subfolders are ignored).</summary>
internal static class QuestionnaireFiles
{
    /// <summary>(name as shown in messages, full path) pairs in name order.</summary>
    public static IReadOnlyList<(string Display, string FullPath)> Find(CliHost host, string path)
    {
        var full = host.ResolvePath(path);
        if (File.Exists(full))
        {
            return [(path, full)];
        }

        if (!Directory.Exists(full))
        {
            throw new InvalidInputException($"{path}: no such file or folder");
        }

        var files = Directory.GetFiles(full, "*.yaml", SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.Join(path, Path.GetFileName(f)).Replace('\\', '/'), f))
            .ToList();
        return files.Count == 0 ? throw new InvalidInputException($"{path}: no *.yaml questionnaire files in this folder") : files;
    }

    /// <summary>Loads the questionnaire with this id from a folder: <c>ID.yaml</c> first, else any file whose <c>id</c> matches. It must lint clean.</summary>
    public static Questionnaire Load(CliHost host, string folder, string id)
    {
        var candidates = Find(host, folder);
        var preferred = candidates.Where(c => string.Equals(Path.GetFileNameWithoutExtension(c.FullPath), id, StringComparison.Ordinal))
            .Concat(candidates);
        foreach (var (display, fullPath) in preferred)
        {
            var text = File.ReadAllText(fullPath);
            var parsed = QuestionnaireParser.Parse(text, display);
            if (parsed.Questionnaire is { } q && string.Equals(q.Id, id, StringComparison.Ordinal))
            {
                return QuestionnaireLinter.LoadClean(text, display);
            }
        }

        throw new InvalidInputException($"{folder}: no questionnaire with id '{id}'");
    }
}
