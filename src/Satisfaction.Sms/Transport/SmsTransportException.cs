namespace Satisfaction.Sms.Transport;

/// <summary>A provider error: its HTTP status (0: no response) and error code (e.g. 21610), and whether a retry may succeed.</summary>
public sealed class SmsTransportException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SmsTransportException(string message, int httpStatus, int errorCode, Exception? inner = null)
        : base(message, inner)
    {
        HttpStatus = httpStatus;
        ErrorCode = errorCode;
    }

    /// <summary>Creates the exception.</summary>
    public SmsTransportException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public SmsTransportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SmsTransportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>HTTP status of the response; 0 when none came.</summary>
    public int HttpStatus { get; }

    /// <summary>The provider's error code (e.g. 21610 unsubscribed recipient); 0 when none.</summary>
    public int ErrorCode { get; }

    /// <summary>True for 429 and 5xx: retried with backoff.</summary>
    public bool IsTransient => HttpStatus == 429 || HttpStatus >= 500;
}
