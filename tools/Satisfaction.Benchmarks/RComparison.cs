using System.Diagnostics;
using System.Globalization;

namespace Satisfaction.Benchmarks;

/// <summary>
/// Runs R's side of a benchmark case (<c>tools/r/bench_CASE.R ROWS</c>, with <c>Rscript</c> and the survey
/// package) and prints its lines, so R's figures always come from a run on the same machine, never from a constant.
/// </summary>
public static class RComparison
{
    /// <summary>Runs the case's R script when there is one; false when Rscript or the script failed.</summary>
    public static bool Run(string caseName, int rows)
    {
        var script = FindScript($"bench_{caseName}.R");
        if (script is null)
        {
            Console.Error.WriteLine($"{caseName}: no R counterpart (tools/r/bench_{caseName}.R); nothing to compare.");
            return true;
        }

        var start = new ProcessStartInfo("Rscript") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(rows.ToString(CultureInfo.InvariantCulture));
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Console.Write(output);
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine($"{caseName}: Rscript {script} exited {process.ExitCode}.");
                return false;
            }

            return true;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Console.Error.WriteLine($"{caseName}: cannot run Rscript ({ex.Message}); install R with the survey package to compare.");
            return false;
        }
    }

    /// <summary>The script under tools/r of the repository, searched upward from the working folder and the program's folder.</summary>
    private static string? FindScript(string name)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tools", "r", name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
