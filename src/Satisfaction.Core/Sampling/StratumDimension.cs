namespace Satisfaction.Core.Sampling;

/// <summary>A variable that strata are formed from (YAML list <c>strata</c>).</summary>
public enum StratumDimension
{
    /// <summary><c>user_group</c>.</summary>
    UserGroup,

    /// <summary><c>division</c>.</summary>
    Division,
}
