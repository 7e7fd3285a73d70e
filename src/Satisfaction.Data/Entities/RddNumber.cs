namespace Satisfaction.Data.Entities;

/// <summary>A telephone number drawn for the public-confidence survey; never drawn twice (unique).</summary>
public sealed class RddNumber
{
    /// <summary>Store key.</summary>
    public long Id { get; set; }

    /// <summary>The number in E.164 form (unique, max 16).</summary>
    public string PhoneE164 { get; set; } = string.Empty;

    /// <summary>The bank it was drawn from.</summary>
    public int NumberBankId { get; set; }

    /// <summary>The replicate it was released in.</summary>
    public int RddReplicateId { get; set; }

    /// <summary>Fieldwork state.</summary>
    public RddNumberStatus Status { get; set; }

    /// <summary>Final AAPOR disposition code once worked out (max 8).</summary>
    public string? FinalDisposition { get; set; }
}
