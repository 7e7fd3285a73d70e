namespace Satisfaction.Web;

/// <summary>How <c>satisfaction serve</c> runs.</summary>
/// <param name="Urls">Kestrel addresses, e.g. <c>http://127.0.0.1:5080</c> (several separated by <c>;</c>).</param>
/// <param name="Clock">The service's clock: the system clock, or a <see cref="ServiceClock"/> from <c>--now/--speed</c>.</param>
public sealed record ServeOptions(string Urls, TimeProvider Clock);
