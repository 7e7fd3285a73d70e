namespace Satisfaction.Core.Rdd;

/// <summary>One number drawn for the RDD frame, with the 100-bank it came from.</summary>
/// <param name="E164">The number in E.164, e.g. <c>+441134960042</c>.</param>
/// <param name="BankPrefix">The bank's national-significant-number prefix (<see cref="NumberBank.Prefix"/>).</param>
public sealed record RddDrawnNumber(string E164, string BankPrefix);
