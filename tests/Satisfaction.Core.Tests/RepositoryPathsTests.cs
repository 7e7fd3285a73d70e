namespace Satisfaction.Core.Tests;

/// <summary>The repository stands alone: no file in it names a path of the machine it was written on.</summary>
public sealed class RepositoryPathsTests
{
    private static readonly string[] TextExtensions = [".cs", ".md", ".R", ".csproj", ".props", ".json", ".yaml", ".sln", ".txt", ".sh"];

    [Fact]
    public void NoFile_NamesAMachinePath()
    {
        var root = RepositoryRoot();
        // Built from parts so that this file does not match itself.
        string[] banned = ["/" + "work/", "../" + "shared", "shared" + "/refs"];
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.StartsWith(".git", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)
                || relative.Contains("/obj/", StringComparison.Ordinal) || !TextExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            offenders.AddRange(banned.Where(b => text.Contains(b, StringComparison.Ordinal)).Select(b => $"{relative}: '{b}'"));
        }

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    private static string RepositoryRoot()
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
