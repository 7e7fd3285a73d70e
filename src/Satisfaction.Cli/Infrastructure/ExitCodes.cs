namespace Satisfaction.Cli.Infrastructure;

/// <summary>Exit codes that scripts can rely on.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>The user's input was wrong (options, files, data); the message says where and why. Nothing was written.</summary>
    public const int UserError = 1;

    /// <summary>Something failed inside the program; the message is a bug report.</summary>
    public const int InternalError = 2;

    /// <summary><c>ringback next</c>: no case is due for a call now (the message says why and when).</summary>
    public const int NothingDue = 3;
}
