namespace Satisfaction.Application.Import;

/// <summary>The character encodings a recorded-crime extract may be read in.</summary>
public enum CrimeExtractEncoding
{
    /// <summary>UTF-8, with or without a byte-order mark (the default). Any byte that is not UTF-8 is refused.</summary>
    Utf8 = 0,

    /// <summary>Windows-1252 ("ANSI" on a UK Windows PC): every byte is a character; a UTF-8 byte-order mark is refused.</summary>
    Windows1252 = 1,
}
