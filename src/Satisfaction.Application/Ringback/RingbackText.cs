using System.Globalization;
using Satisfaction.Core;

namespace Satisfaction.Application.Ringback;

/// <summary>Shared wording and checks of the ring-back desks.</summary>
public static class RingbackText
{
    /// <summary>Longest handler name (the store's column).</summary>
    public const int MaxHandlerLength = 100;

    /// <summary>The RDD script's question giving the number of adults in the household.</summary>
    public const string AdultsQuestion = "adults";

    /// <summary>The RDD script's question where the selected adult is asked for.</summary>
    public const string SelectionQuestion = "selection";

    /// <summary>Checks a handler name: 1 to 100 characters, letters, digits, <c>.</c>, <c>_</c>, <c>-</c> or <c>@</c>.</summary>
    /// <exception cref="InvalidInputException">The name is empty, too long or has other characters.</exception>
    public static string CheckHandler(string? handler)
    {
        if (string.IsNullOrWhiteSpace(handler))
        {
            throw new InvalidInputException("--handler NAME is required: the call-handler's name (letters, digits, . _ - @).");
        }

        if (handler.Length > MaxHandlerLength || !handler.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@'))
        {
            throw new InvalidInputException($"--handler: a handler name is 1 to {MaxHandlerLength} letters, digits, '.', '_', '-' or '@'.");
        }

        return handler;
    }

    /// <summary>Words a victim recognises for a user group, read out as the crime type.</summary>
    public static string CrimeTypeWords(string userGroup) => userGroup switch
    {
        "burglary" => "burglary",
        "vehicle" => "vehicle crime",
        "violent" => "violent crime",
        "hate" => "hate crime or incident",
        "asb" => "anti-social behaviour",
        _ => userGroup,
    };

    /// <summary>A report date as read out, e.g. <c>3 March 2026</c>.</summary>
    public static string ReadOutDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The first word of a name, or null.</summary>
    public static string? FirstName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : name.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries)[0];

    /// <summary>The message when a held case was taken over.</summary>
    public static string LockLost(long caseId) => string.Create(
        CultureInfo.InvariantCulture,
        $"case {caseId} is no longer yours: your lock lapsed (no key for the lock time) and another handler took it, or it was released. Nothing more was saved.");
}
