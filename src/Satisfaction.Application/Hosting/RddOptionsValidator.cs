using Microsoft.Extensions.Options;
using Satisfaction.Application.Rdd;

namespace Satisfaction.Application.Hosting;

/// <summary>Checks the <c>Rdd</c> section at start, naming the key that is out of range.</summary>
internal sealed class RddOptionsValidator : IValidateOptions<RddOptions>
{
    public ValidateOptionsResult Validate(string? name, RddOptions options)
    {
        var failures = new List<string>();
        AtLeast(failures, "Rdd:TargetInterviewsPerMonth", options.TargetInterviewsPerMonth, 1);
        AtLeast(failures, "Rdd:ReplicateSize", options.ReplicateSize, 1);
        AtLeast(failures, "Rdd:MaxCallAttempts", options.MaxCallAttempts, 1);
        if (options.MinimumListed is < 0 or > 100)
        {
            failures.Add($"Rdd:MinimumListed is {options.MinimumListed}; it must be from 0 to 100.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void AtLeast(List<string> failures, string key, int value, int minimum)
    {
        if (value < minimum)
        {
            failures.Add($"{key} is {value}; it must be {minimum} or more.");
        }
    }
}
