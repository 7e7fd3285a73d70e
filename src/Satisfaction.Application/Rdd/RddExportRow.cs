namespace Satisfaction.Application.Rdd;

/// <summary>One released RDD number as exported for the calling team.</summary>
/// <param name="Month">Release month, yyyy-MM.</param>
/// <param name="Replicate">Replicate number within the month.</param>
/// <param name="Number">The telephone number in E.164.</param>
/// <param name="Bank">Its 100-bank, e.g. <c>0113 49600xx</c>.</param>
/// <param name="Status">released, in_progress, completed or closed.</param>
/// <param name="FinalDisposition">Final AAPOR disposition code, empty while open.</param>
public sealed record RddExportRow(string Month, int Replicate, string Number, string Bank, string Status, string FinalDisposition);
