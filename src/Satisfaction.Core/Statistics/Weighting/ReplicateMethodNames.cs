using System.Globalization;

namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>
/// The one mapping between <see cref="ReplicateMethod"/> and its names: the command-line / output name
/// (<c>jk1</c>, <c>jkn</c>, <c>bootstrap</c>) and R's <c>as.svrepdesign</c> description.
/// </summary>
public static class ReplicateMethodNames
{
    /// <summary>Every method, in the order help texts list them.</summary>
    public static IReadOnlyList<ReplicateMethod> All { get; } = [ReplicateMethod.Jackknife1, ReplicateMethod.JackknifeStratified, ReplicateMethod.Bootstrap];

    /// <summary>The names accepted by <see cref="Parse"/>, for messages ("jk1, jkn or bootstrap").</summary>
    public static string Choices => "jk1, jkn or bootstrap";

    /// <summary>Command-line and output name of a method.</summary>
    public static string Name(ReplicateMethod method) => method switch
    {
        ReplicateMethod.Jackknife1 => "jk1",
        ReplicateMethod.JackknifeStratified => "jkn",
        ReplicateMethod.Bootstrap => "bootstrap",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    /// <summary>Parses a name (case-insensitive, surrounding blanks ignored); null when it is none of <see cref="Choices"/>.</summary>
    public static ReplicateMethod? Parse(string? name)
    {
        foreach (var method in All)
        {
            if (string.Equals(Name(method), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return method;
            }
        }

        return null;
    }

    /// <summary>What the method is, with its R counterpart, for output ("JK1 delete-one-PSU jackknife, R ...").</summary>
    /// <param name="method">The method.</param>
    /// <param name="replicates">Number of replicates (named for the bootstrap).</param>
    public static string Describe(ReplicateMethod method, int replicates) => method switch
    {
        ReplicateMethod.Jackknife1 => "JK1 delete-one-PSU jackknife, R as.svrepdesign(type = \"JK1\")",
        ReplicateMethod.JackknifeStratified => "JKn stratified jackknife, R as.svrepdesign(type = \"JKn\")",
        _ => string.Create(CultureInfo.InvariantCulture, $"Rao-Wu rescaling bootstrap with {replicates} replicates, R as.svrepdesign(type = \"subbootstrap\")"),
    };
}
