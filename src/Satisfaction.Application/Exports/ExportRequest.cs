namespace Satisfaction.Application.Exports;

/// <summary>What <see cref="ExportService"/> writes.</summary>
/// <param name="What"><c>responses</c>, <c>cases</c> or <c>attempts</c>.</param>
/// <param name="Format"><c>csv</c> or <c>parquet</c>.</param>
/// <param name="OutPath">Full path of the file; the data dictionary goes beside it as <c>NAME.dictionary.csv</c>.</param>
/// <param name="AsOf">The date whose weighting the <c>weight</c> column carries (as <c>scores --as-of</c>).</param>
public sealed record ExportRequest(string What, string Format, string OutPath, DateOnly AsOf);
