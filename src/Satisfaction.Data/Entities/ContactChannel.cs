namespace Satisfaction.Data.Entities;

/// <summary>How a respondent is contacted.</summary>
public enum ContactChannel
{
    /// <summary>Text message.</summary>
    Sms = 0,

    /// <summary>Telephone call.</summary>
    Phone = 1,
}
