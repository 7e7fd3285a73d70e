using System.Runtime.InteropServices;

namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>Fast read-only views of list-typed inputs (arrays and lists are not copied).</summary>
internal static class SpanHelpers
{
    public static ReadOnlySpan<T> View<T>(IReadOnlyList<T> list) => list switch
    {
        T[] array => array,
        List<T> l => CollectionsMarshal.AsSpan(l),
        _ => list.ToArray(),
    };
}
