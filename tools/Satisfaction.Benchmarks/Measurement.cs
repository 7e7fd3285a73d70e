namespace Satisfaction.Benchmarks;

/// <summary>
/// One timed operation, printed as <c>CASE rows=N runs=R seconds=S MEMORY=M</c>, where MEMORY names what was
/// measured (<c>peak_managed_mb</c> or <c>peak_working_set_mb</c>).
/// </summary>
/// <param name="Case">Label of the operation.</param>
/// <param name="Rows">Rows processed.</param>
/// <param name="Seconds">Median wall-clock seconds over the measured runs (the time itself when there is one run).</param>
/// <param name="PeakMb">The peak memory of <paramref name="MemoryMeasure"/>, in MB (2^20 bytes).</param>
/// <param name="Runs">Measured runs (after any warm-up).</param>
/// <param name="MemoryMeasure">What <paramref name="PeakMb"/> is: <c>peak_managed_mb</c> (GC heap in use, sampled) or <c>peak_working_set_mb</c> (the process).</param>
public sealed record Measurement(string Case, int Rows, double Seconds, double PeakMb, int Runs, string MemoryMeasure)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Case} rows={Rows} runs={Runs} seconds={Seconds:0.0000} {MemoryMeasure}={PeakMb:0.0}");
}
