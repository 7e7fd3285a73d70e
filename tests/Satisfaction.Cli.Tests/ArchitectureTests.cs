using System.Reflection;
using System.Runtime.CompilerServices;

namespace Satisfaction.Cli.Tests;

/// <summary>
/// Rules over every src assembly (the CLI references them all); the core's purity rules are in
/// Satisfaction.Core.Tests/ArchitectureTests.cs.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string[] Names = ["Satisfaction.Core", "Satisfaction.Data", "Satisfaction.Application", "Satisfaction.Scheduling", "Satisfaction.Web", "satisfaction"];

    public static TheoryData<string> SrcAssemblies => new(Names);

    [Theory]
    [MemberData(nameof(SrcAssemblies))]
    public void SrcAssembly_Methods_AreNeverAsyncVoid(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var asyncVoid = assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(void) && m.GetCustomAttribute<AsyncStateMachineAttribute>() is not null)
            .Select(m => $"{m.DeclaringType?.FullName}.{m.Name}")
            .ToList();
        Assert.True(asyncVoid.Count == 0, "async void: " + string.Join(", ", asyncVoid));
    }

    [Fact]
    public void SrcAssemblies_AreAllChecked()
    {
        var referenced = typeof(CliApp).Assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => n.StartsWith("Satisfaction.", StringComparison.Ordinal) && n != "Satisfaction.DemoData");
        Assert.All(referenced, name => Assert.Contains(name, Names));
    }
}
