using System.Xml.Linq;

namespace Satisfaction.Architecture.Tests;

/// <summary>The repository's projects as their .csproj files declare them (found from the test's folder up to Satisfaction.sln).</summary>
internal static class RepositoryLayout
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding Satisfaction.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>Every project under src/, tools/ and tests/, by name, with its folder ("src", "tools", "tests") and project references.</summary>
    public static IReadOnlyList<ProjectInfo> Projects() =>
        new[] { "src", "tools", "tests" }
            .Where(folder => Directory.Exists(Path.Combine(Root, folder)))
            .SelectMany(folder => Directory.GetFiles(Path.Combine(Root, folder), "*.csproj", SearchOption.AllDirectories)
                .Where(path => !IsBuildOutput(path))
                .Select(path => Read(folder, path)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>Project paths listed in Satisfaction.sln, relative to the root with forward slashes.</summary>
    public static IReadOnlyList<string> SolutionProjects() =>
        File.ReadAllLines(Path.Combine(Root, "Satisfaction.sln"))
            .Where(line => line.StartsWith("Project(", StringComparison.Ordinal) && line.Contains(".csproj", StringComparison.Ordinal))
            .Select(line => line.Split(',')[1].Trim().Trim('"').Replace('\\', '/'))
            .ToList();

    private static ProjectInfo Read(string folder, string path)
    {
        var document = XDocument.Load(path);
        var references = document.Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
        var relative = Path.GetRelativePath(Root, path).Replace('\\', '/');
        return new ProjectInfo(Path.GetFileNameWithoutExtension(path), folder, relative, references);
    }

    private static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Satisfaction.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Satisfaction.sln not found above " + AppContext.BaseDirectory);
    }
}
