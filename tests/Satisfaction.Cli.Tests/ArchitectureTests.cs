using System.Reflection;
using System.Runtime.CompilerServices;

namespace Satisfaction.Cli.Tests;

/// <summary>
/// Rules over every src assembly (the CLI references them all); the core's purity rules are in
/// Satisfaction.Core.Tests/ArchitectureTests.cs.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string[] Names = ["Satisfaction.Core", "Satisfaction.Data", "Satisfaction.Application", "Satisfaction.Demo", "Satisfaction.Sms", "Satisfaction.Reporting", "Satisfaction.Scheduling", "Satisfaction.Web", "satisfaction"];

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
            .Where(n => n.StartsWith("Satisfaction.", StringComparison.Ordinal));
        Assert.All(referenced, name => Assert.Contains(name, Names));
    }

    [Theory]
    [InlineData("Satisfaction.Core")]
    [InlineData("Satisfaction.Data")]
    [InlineData("Satisfaction.Application")]
    public void ProductionAssembly_DoesNotReferenceTheDemo(string assemblyName)
    {
        // The demo (its pipeline, synthetic data and number banks) is reachable from the CLI only.
        var references = Assembly.Load(assemblyName).GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain("Satisfaction.Demo", references);
        Assert.DoesNotContain(references, n => n.StartsWith("Satisfaction.DemoData", StringComparison.Ordinal));
        Assert.Null(Assembly.Load(assemblyName).GetManifestResourceNames().FirstOrDefault(n => n.Contains("DemoNumberBanks", StringComparison.Ordinal)));
    }
}
