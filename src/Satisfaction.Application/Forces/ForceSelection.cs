namespace Satisfaction.Application.Forces;

/// <summary>
/// The force chosen for one DI scope by whoever runs work for every force in turn (the job runner of <c>serve</c> and
/// <c>jobs run</c>): set before anything in the scope resolves <see cref="ForceScope"/>, which then acts for this code
/// instead of <c>Store:Force</c>. Null (the default) leaves <c>Store:Force</c>, else the store's only force.
/// </summary>
public sealed class ForceSelection
{
    /// <summary>The force code (any case) the scope acts for, or null for <c>Store:Force</c> / the only force.</summary>
    public string? Code { get; set; }
}
