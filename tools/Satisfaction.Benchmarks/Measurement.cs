namespace Satisfaction.Benchmarks;

/// <summary>One timed operation: printed as <c>CASE rows=N seconds=S peak_mb=M</c>.</summary>
/// <param name="Case">Label of the operation.</param>
/// <param name="Rows">Rows processed.</param>
/// <param name="Seconds">Median wall-clock seconds over the repetitions.</param>
/// <param name="PeakManagedMb">Largest managed heap seen while it ran, in MB (sampled every millisecond).</param>
public sealed record Measurement(string Case, int Rows, double Seconds, double PeakManagedMb)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Case} rows={Rows} seconds={Seconds:0.0000} peak_mb={PeakManagedMb:0.0}");
}
