using System.Globalization;

namespace Satisfaction.SmsLoad;

/// <summary>Command-line options of the load program (bounded: at most 100,000 replies and 600 seconds).</summary>
public sealed record LoadOptions
{
    /// <summary>Signed inbound replies to post (default 20,000; 1 to 100,000).</summary>
    public int Replies { get; init; } = 20_000;

    /// <summary>Live interviews they are spread over (default 5,000; 1 to 5,000: the drama number ranges hold 5,000 numbers).</summary>
    public int Interviews { get; init; } = 5_000;

    /// <summary>Requests in flight at once (default 64).</summary>
    public int Concurrency { get; init; } = 64;

    /// <summary>Extra posts repeating an already-sent MessageSid, as Twilio's retries do (default 500); they must change nothing.</summary>
    public int Duplicates { get; init; } = 500;

    /// <summary>Give up after this many seconds (default 120; at most 600).</summary>
    public int TimeLimitSeconds { get; init; } = 120;

    /// <summary>The SQLite store (default: a new file in the temp folder, deleted afterwards).</summary>
    public string? Database { get; init; }

    /// <summary>Parses <c>--replies N --interviews N --concurrency N --duplicates N --time-limit S --db FILE</c>.</summary>
    /// <exception cref="ArgumentException">An unknown option or a value out of range.</exception>
    public static LoadOptions Parse(string[] args)
    {
        var o = new LoadOptions();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"{args[i]} needs a value");
            }

            var v = args[i + 1];
            o = args[i] switch
            {
                "--replies" => o with { Replies = Int(v, 1, 100_000, args[i]) },
                "--interviews" => o with { Interviews = Int(v, 1, 5_000, args[i]) },
                "--concurrency" => o with { Concurrency = Int(v, 1, 1_024, args[i]) },
                "--duplicates" => o with { Duplicates = Int(v, 0, 100_000, args[i]) },
                "--time-limit" => o with { TimeLimitSeconds = Int(v, 1, 600, args[i]) },
                "--db" => o with { Database = v },
                _ => throw new ArgumentException($"unknown option '{args[i]}'; use --replies, --interviews, --concurrency, --duplicates, --time-limit, --db"),
            };
        }

        return o.Replies < o.Interviews ? throw new ArgumentException("--replies must be at least --interviews") : o;
    }

    private static int Int(string value, int min, int max, string name) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{name} must be a whole number from {min} to {max}");
}
