namespace Satisfaction.Core.Rdd;

/// <summary>Sex as recorded on the household roster, for the Kish ordering.</summary>
public enum AdultSex
{
    /// <summary>Male: listed first, oldest to youngest.</summary>
    Male,

    /// <summary>Female: listed after the men, oldest to youngest.</summary>
    Female,

    /// <summary>Another answer or not given: listed last, oldest to youngest.</summary>
    Other,
}
