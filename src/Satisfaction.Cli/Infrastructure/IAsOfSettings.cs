namespace Satisfaction.Cli.Infrastructure;

/// <summary>Settings with <c>--as-of</c>: the date a command treats as today.</summary>
public interface IAsOfSettings
{
    /// <summary>The parsed <c>--as-of</c> date, or null when not given.</summary>
    DateOnly? AsOfDate { get; }
}
