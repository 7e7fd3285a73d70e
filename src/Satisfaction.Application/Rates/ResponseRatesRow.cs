using Satisfaction.Core.Rates;

namespace Satisfaction.Application.Rates;

/// <summary>The AAPOR rates of one group of cases.</summary>
/// <param name="Programme">Programme code.</param>
/// <param name="By">The grouping (<c>programme</c>, <c>channel</c>, <c>month</c>, <c>handler</c>).</param>
/// <param name="Group">The group's value (the programme code again when grouping by programme).</param>
/// <param name="Cases">Cases counted.</param>
/// <param name="Rates">Totals by outcome symbol and every rate, with the basis of e.</param>
public sealed record ResponseRatesRow(string Programme, string By, string Group, int Cases, OutcomeRateSet Rates);
