namespace Satisfaction.Application.Exports;

/// <summary>What an export wrote.</summary>
/// <param name="Rows">Data rows written.</param>
/// <param name="Columns">Columns, in file order.</param>
/// <param name="DictionaryPath">Full path of the data dictionary written beside the file.</param>
public sealed record ExportResult(long Rows, IReadOnlyList<ExportColumn> Columns, string DictionaryPath);
