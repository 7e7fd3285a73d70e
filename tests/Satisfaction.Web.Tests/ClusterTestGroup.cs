namespace Satisfaction.Web.Tests;

/// <summary>
/// The cluster test runs alone: its two nodes must fire every second, and other tests' serve processes competing
/// for the two cores would only slow it (it measures takeover times).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterTestGroup
{
    /// <summary>The collection's name.</summary>
    public const string Name = "cluster";
}
