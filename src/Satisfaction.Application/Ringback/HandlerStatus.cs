namespace Satisfaction.Application.Ringback;

/// <summary>One handler's work today (UK date).</summary>
/// <param name="Handler">The handler.</param>
/// <param name="CallsToday">Calls recorded today.</param>
/// <param name="CompletesToday">Of which completes.</param>
public sealed record HandlerStatus(string Handler, int CallsToday, int CompletesToday);
