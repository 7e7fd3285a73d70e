namespace Satisfaction.Core.Rdd;

/// <summary>The adult selected within a household and the probability of that selection, for weighting.</summary>
/// <param name="SelectedIndex">0-based index of the selected adult in the list given; null when only reported.</param>
/// <param name="Adults">Adults (16+) in the household, 1 or more.</param>
/// <param name="SelectionProbability">Probability that this adult was the one selected, 0 &lt; p ≤ 1 (1/adults for
/// the birthday methods).</param>
/// <param name="Method">The method used.</param>
public sealed record HouseholdSelection(int? SelectedIndex, int Adults, double SelectionProbability, HouseholdSelectionMethod Method)
{
    /// <summary>The within-household weight, 1 / <see cref="SelectionProbability"/>.</summary>
    public double Weight => 1.0 / SelectionProbability;
}
