using System.Reflection;
using System.Runtime.CompilerServices;

namespace Satisfaction.Core.Tests;

/// <summary>The core stays pure: no database, messaging, scheduling or console code, directly or through a package.</summary>
public sealed class ArchitectureTests
{
    private static readonly string[] Forbidden =
    [
        "Microsoft.EntityFrameworkCore", "Microsoft.Data.Sqlite", "SQLitePCLRaw", "Npgsql",
        "Twilio", "Quartz", "Spectre.Console", "System.Console",
    ];

    [Fact]
    public void CoreAssembly_TransitiveReferences_IncludeNoInfrastructure()
    {
        var visited = Reachable(typeof(InvalidInputException).Assembly);

        Assert.Contains("System.Runtime", visited.Keys);
        var offending = visited
            .Where(v => Forbidden.Any(f => v.Key.Equals(f, StringComparison.OrdinalIgnoreCase) || v.Key.StartsWith(f + ".", StringComparison.OrdinalIgnoreCase)))
            .Select(v => $"{v.Key} (via {v.Value})")
            .ToList();
        Assert.True(offending.Count == 0, "Satisfaction.Core reaches: " + string.Join(", ", offending));
    }

    [Fact]
    public void Reachable_PackageAssembly_FollowsReferencesTransitively()
    {
        // Control for the walk above: xunit.core's own references are followed (xunit.execution, then beyond).
        var visited = Reachable(typeof(FactAttribute).Assembly);
        Assert.Contains("xunit.abstractions", visited.Keys);
        Assert.Equal("xunit.core", visited["xunit.abstractions"].Split(" > ")[0]);
    }

    [Fact]
    public void CoreAssembly_Methods_AreNeverAsyncVoid()
    {
        var asyncVoid = AsyncVoidMethods(typeof(InvalidInputException).Assembly).ToList();
        Assert.True(asyncVoid.Count == 0, "async void: " + string.Join(", ", asyncVoid));
    }

    /// <summary>Methods declared <c>async void</c> in <paramref name="assembly"/> (shared with the other test projects' architecture tests).</summary>
    public static IEnumerable<string> AsyncVoidMethods(Assembly assembly) =>
        assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(void) && m.GetCustomAttribute<AsyncStateMachineAttribute>() is not null)
            .Select(m => $"{m.DeclaringType?.FullName}.{m.Name}");

    private static Dictionary<string, string> Reachable(Assembly assembly)
    {
        var visited = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Walk(assembly, assembly.GetName().Name!, visited);
        return visited;
    }

    private static void Walk(Assembly assembly, string path, Dictionary<string, string> visited)
    {
        foreach (var reference in assembly.GetReferencedAssemblies())
        {
            var name = reference.Name!;
            if (!visited.TryAdd(name, path) || IsFramework(name))
            {
                continue;
            }

            Walk(Assembly.Load(reference), path + " > " + name, visited);
        }
    }

    private static bool IsFramework(string name) =>
        name is "netstandard" or "mscorlib" || name.StartsWith("System.", StringComparison.Ordinal) || name == "System"
        || name.StartsWith("Microsoft.Win32", StringComparison.Ordinal) || name == "Microsoft.CSharp" || name == "Microsoft.VisualBasic";
}
