using System.Reflection;

namespace Satisfaction.Cli.Infrastructure;

/// <summary>The program's version as <c>satisfaction --version</c> and <c>info</c> print it (e.g. <c>0.2.0</c>).</summary>
internal static class ProgramVersion
{
    /// <summary>The informational version without its source-revision suffix.</summary>
    public static string Text { get; } = Read();

    private static string Read()
    {
        var assembly = typeof(ProgramVersion).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (informational is null)
        {
            return assembly.GetName().Version?.ToString() ?? "unknown";
        }

        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
