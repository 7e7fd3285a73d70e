namespace Satisfaction.Application.Exports;

/// <summary>A column of an export and its data-dictionary entry.</summary>
/// <param name="Name">Column name.</param>
/// <param name="Numeric">True for a number column (double in Parquet), else text.</param>
/// <param name="Meaning">What it holds.</param>
/// <param name="Codes">Codes and labels (<c>1 = Completely satisfied; 2 = ...</c>), empty when none.</param>
public sealed record ExportColumn(string Name, bool Numeric, string Meaning, string Codes = "");
