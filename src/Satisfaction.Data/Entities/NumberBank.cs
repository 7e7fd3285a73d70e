namespace Satisfaction.Data.Entities;

/// <summary>
/// A UK geographic 100-bank of a force's RDD frame: an area code and the local-number prefix shared by 100
/// numbers (the last two digits vary), with its count of directory-listed residential numbers. The force's
/// configured banks are its <see cref="Active"/> ones; a bank dropped from the force's bank file stays
/// (inactive) because numbers drawn from it refer to it.
/// </summary>
public sealed class NumberBank
{
    /// <summary>Store key.</summary>
    public int Id { get; set; }

    /// <summary>The force whose frame the bank belongs to.</summary>
    public int ForceId { get; set; }

    /// <summary>True while the bank is in the force's frame (it was in the last bank file given).</summary>
    public bool Active { get; set; } = true;

    /// <summary>Area code in national form with the trunk 0, e.g. <c>01632</c> (max 8).</summary>
    public string AreaCode { get; set; } = string.Empty;

    /// <summary>Local number without its last two digits, e.g. <c>9600</c> for 01632 9600xx (max 12).</summary>
    public string Prefix { get; set; } = string.Empty;

    /// <summary>Directory-listed residential numbers in the bank (0 or more).</summary>
    public int ListedCount { get; set; }

    /// <summary>Division the bank mostly serves, when known.</summary>
    public int? DivisionId { get; set; }
}
