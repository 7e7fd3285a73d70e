using Satisfaction.Cli.Infrastructure;

namespace Satisfaction.Cli.Commands.Stats;

/// <summary>What the <c>stats</c> commands print besides their output: warnings and summaries, on stderr.</summary>
internal static class StatsPrinting
{
    /// <summary>Prints each line on standard error, escaped for the terminal (a line may quote the user's data).</summary>
    public static void Warnings(CliHost host, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            host.Error.WriteLine(TerminalText.SafeLines(line));
        }
    }
}
