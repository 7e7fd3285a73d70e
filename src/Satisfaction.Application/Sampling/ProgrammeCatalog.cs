using Satisfaction.Core;
using Satisfaction.Core.Sampling;

namespace Satisfaction.Application.Sampling;

/// <summary>Loads the sampling programmes (<c>questionnaires/programmes/*.yaml</c>).</summary>
public static class ProgrammeCatalog
{
    /// <summary>The folder used when none is given, relative to the working folder.</summary>
    public const string DefaultFolder = "questionnaires/programmes";

    /// <summary>
    /// The programmes folder to use: <paramref name="given"/> (an option or <c>Sampling:ProgrammesPath</c>) taken
    /// from <paramref name="workingDirectory"/>; else <see cref="DefaultFolder"/> there when it exists; else the copy
    /// shipped beside the program.
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

    /// <summary>
    /// Every <c>*.yaml</c> file in <paramref name="folder"/>, in file-name order (ordinal), which is also the order
    /// programmes are matched in.
    /// </summary>
    /// <exception cref="InvalidInputException">The folder is missing, holds no programme, a file is invalid, or two files use one id.</exception>
    public static IReadOnlyList<SamplingProgramme> Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new InvalidInputException($"the programmes folder '{folder}' does not exist; give --programmes DIR.");
        }

        var files = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InvalidInputException($"the programmes folder '{folder}' holds no *.yaml file.");
        }

        var programmes = new List<SamplingProgramme>();
        foreach (var file in files)
        {
            var programme = ProgrammeParser.Parse(File.ReadAllText(file), file);
            if (programmes.Any(p => string.Equals(p.Id, programme.Id, StringComparison.Ordinal)))
            {
                throw InvalidInputException.At(file, 1, "id", $"programme id '{programme.Id}' is used by another file in the folder.");
            }

            programmes.Add(programme);
        }

        return programmes;
    }
}
