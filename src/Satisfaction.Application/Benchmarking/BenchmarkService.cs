using Satisfaction.Core;
using Satisfaction.Core.Benchmarking;

namespace Satisfaction.Application.Benchmarking;

/// <summary>
/// <c>satisfaction benchmark</c>: reads the peer file, keeps the requested measure, and benchmarks the force
/// against its Most Similar Group and nationally (<see cref="MsgBenchmark"/>).
/// </summary>
public static class BenchmarkService
{
    /// <summary>One result per measure and period in the file.</summary>
    /// <param name="request">The peer file, the force, the measure and the method.</param>
    /// <param name="own">The force's own figures (from the store), replacing its rows in the file; null to use the file's.</param>
    /// <exception cref="InvalidInputException">An unreadable file, a measure not in it, or a force without figures.</exception>
    public static IReadOnlyList<MsgBenchmarkResult> Run(BenchmarkRequest request, IReadOnlyList<PeerFigure>? own = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = Path.GetFileName(request.PeersPath);
        var figures = PeerFileReader.Read(request.PeersPath, name);
        if (request.Measure is { } measure)
        {
            var known = figures.Select(f => f.Measure.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (!known.Contains(measure.Trim(), StringComparer.Ordinal))
            {
                throw new InvalidInputException($"{name}: no figures for measure '{measure}'; the file has {string.Join(", ", known)}");
            }

            figures = [.. figures.Where(f => string.Equals(f.Measure.Trim(), measure.Trim(), StringComparison.Ordinal))];
            own = own?.Where(f => string.Equals(f.Measure.Trim(), measure.Trim(), StringComparison.Ordinal)).ToList();
        }

        return MsgBenchmark.Compute(figures, request.Force, own, request.Options);
    }
}
