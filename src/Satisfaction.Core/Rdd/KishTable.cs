namespace Satisfaction.Core.Rdd;

/// <summary>Kish's eight selection tables; A, C, D and F are each used for 1/6 of numbers, B1, B2, E1 and E2 for 1/12.</summary>
public enum KishTable
{
    /// <summary>Table A (1/6).</summary>
    A,

    /// <summary>Table B1 (1/12).</summary>
    B1,

    /// <summary>Table B2 (1/12).</summary>
    B2,

    /// <summary>Table C (1/6).</summary>
    C,

    /// <summary>Table D (1/6).</summary>
    D,

    /// <summary>Table E1 (1/12).</summary>
    E1,

    /// <summary>Table E2 (1/12).</summary>
    E2,

    /// <summary>Table F (1/6).</summary>
    F,
}
