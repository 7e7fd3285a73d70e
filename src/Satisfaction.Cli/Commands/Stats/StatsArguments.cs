namespace Satisfaction.Cli.Commands.Stats;

/// <summary>
/// Spectre.Console.Cli rejects one-letter long options, but the documented <c>stats</c> syntax uses
/// <c>--x 5 --n 10</c> and <c>--a VALUE --b VALUE</c>: this rewrites those (and <c>--x=5</c>) to the
/// short forms <c>-x</c>, <c>-n</c>, <c>-a</c>, <c>-b</c> before parsing, for <c>stats</c> commands only.
/// </summary>
public static class StatsArguments
{
    private static readonly string[] OneLetter = ["x", "n", "a", "b"];

    /// <summary>Returns <paramref name="args"/> with the one-letter long options of <c>stats</c> rewritten.</summary>
    public static string[] Normalize(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || !string.Equals(args[0], "stats", StringComparison.Ordinal))
        {
            return args;
        }

        var result = new string[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            result[i] = arg;
            foreach (var letter in OneLetter)
            {
                if (string.Equals(arg, "--" + letter, StringComparison.Ordinal))
                {
                    result[i] = "-" + letter;
                }
                else if (arg.StartsWith("--" + letter + "=", StringComparison.Ordinal))
                {
                    result[i] = "-" + letter + arg[(letter.Length + 2)..];
                }
            }

            if (string.Equals(arg, "--", StringComparison.Ordinal))
            {
                Array.Copy(args, i + 1, result, i + 1, args.Length - i - 1);
                break;
            }
        }

        return result;
    }
}
