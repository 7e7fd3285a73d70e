using System.Globalization;
using Satisfaction.Benchmarks;

// Usage: Satisfaction.Benchmarks [CASE ...] [--rows N] [--with-r]; no case = all cases. --with-r also runs R's
// side of the cases that have one (tools/r/bench_CASE.R, with Rscript) and prints its lines after the case's own.
// "forces" (PostgreSQL, many forces, several worker processes) has options of its own and runs only when asked for;
// "forces-node" is its worker process.
if (args.Length > 0 && args[0] == ForcesBenchmark.Name)
{
    return await ForcesBenchmark.RunAsync(args[1..]).ConfigureAwait(false);
}

if (args.Length > 0 && args[0] == ForcesBenchmark.NodeMode)
{
    return await ForcesBenchmark.RunNodeAsync(args[1..]).ConfigureAwait(false);
}

var cases = typeof(IBenchmarkCase).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBenchmarkCase).IsAssignableFrom(t))
    .Select(t => (IBenchmarkCase)Activator.CreateInstance(t)!)
    .OrderBy(c => c.Name, StringComparer.Ordinal)
    .ToList();

int? rows = null;
var withR = false;
var wanted = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--rows" && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0)
    {
        rows = n;
        i++;
    }
    else if (args[i] == "--with-r")
    {
        withR = true;
    }
    else if (cases.Any(c => c.Name == args[i]))
    {
        wanted.Add(args[i]);
    }
    else
    {
        Console.Error.WriteLine($"usage: Satisfaction.Benchmarks [{string.Join("|", cases.Select(c => c.Name))}] [--rows N] [--with-r]\n   or: {ForcesBenchmark.Usage["usage: ".Length..]}");
        return 1;
    }
}

foreach (var benchmark in cases.Where(c => wanted.Count == 0 || wanted.Contains(c.Name)))
{
    foreach (var measurement in benchmark.Run(rows ?? benchmark.DefaultRows))
    {
        Console.WriteLine(measurement);
    }

    if (withR && !RComparison.Run(benchmark.Name, rows ?? benchmark.DefaultRows))
    {
        return 1;
    }
}

return 0;
