namespace Satisfaction.Core.Questionnaires;

/// <summary>The kind of answer a scale takes.</summary>
public enum ScaleType
{
    /// <summary>One code from a closed list of options.</summary>
    Choice,

    /// <summary>A whole number within a range, or one of the scale's special option codes (e.g. refused).</summary>
    Number,

    /// <summary>Free text.</summary>
    Text,
}
