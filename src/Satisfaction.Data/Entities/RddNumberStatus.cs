namespace Satisfaction.Data.Entities;

/// <summary>Fieldwork state of a drawn RDD number.</summary>
public enum RddNumberStatus
{
    /// <summary>Released, not yet dialled.</summary>
    Released = 0,

    /// <summary>Being worked (attempts made, not final).</summary>
    InProgress = 1,

    /// <summary>Interview completed.</summary>
    Completed = 2,

    /// <summary>Worked out with a final non-interview disposition.</summary>
    Closed = 3,
}
