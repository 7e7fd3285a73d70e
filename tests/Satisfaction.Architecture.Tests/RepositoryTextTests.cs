using System.Text.RegularExpressions;

namespace Satisfaction.Architecture.Tests;

/// <summary>
/// The repository stands alone: a clone on another machine has none of this machine's folders, so no tracked
/// text file may name one (an absolute home or work folder, or a sibling folder outside the repository).
/// </summary>
public sealed partial class RepositoryTextTests
{
    private static readonly string[] TextExtensions =
        [".cs", ".csproj", ".props", ".targets", ".sln", ".md", ".R", ".r", ".yaml", ".yml", ".json", ".sh", ".txt", ".sql", ".py"];

    [Fact]
    public void NoTrackedTextFile_NamesAPathOutsideTheRepository()
    {
        var offending = new List<string>();
        foreach (var file in TextFiles())
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (MachinePath().IsMatch(lines[i]))
                {
                    offending.Add($"{Path.GetRelativePath(RepositoryLayout.Root, file)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(offending.Count == 0, "paths of this machine in the tree:\n" + string.Join("\n", offending));
    }

    [Fact]
    public void MachinePathPattern_CatchesTheFormsItIsFor()
    {
        // Control: the pattern matches what it must catch and leaves ordinary relative paths alone.
        Assert.Matches(MachinePath(), "read.csv(\"../shared/refs/x.csv\")");
        Assert.Matches(MachinePath(), "see /work/main/tests");
        Assert.Matches(MachinePath(), "/root/.nuget/packages");
        Assert.Matches(MachinePath(), @"C:\Users\analyst\store.db");
        Assert.DoesNotMatch(MachinePath(), "tests/refs/rdd_confidence/margins.csv");
        Assert.DoesNotMatch(MachinePath(), "questionnaires/programmes/uss.yaml");
    }

    private static IEnumerable<string> TextFiles()
    {
        var root = RepositoryLayout.Root;
        var top = new[] { "src", "tests", "tools", "questionnaires", "docs", ".ci" }
            .Select(d => Path.Combine(root, d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories));
        var rootFiles = Directory.EnumerateFiles(root, "*", SearchOption.TopDirectoryOnly);
        return top.Concat(rootFiles)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj" or ".git" or "TestResults"))
            .Where(f => TextExtensions.Contains(Path.GetExtension(f), StringComparer.Ordinal) || Path.GetFileName(f) == "run")
            .Where(f => !f.EndsWith(nameof(RepositoryTextTests) + ".cs", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(\.\./shared\b|(?<![\w.])/work/|(?<![\w.])/root/|/home/\w+/|[A-Za-z]:\\Users\\)")]
    private static partial Regex MachinePath();
}
