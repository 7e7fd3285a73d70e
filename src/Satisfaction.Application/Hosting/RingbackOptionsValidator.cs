using Microsoft.Extensions.Options;
using Satisfaction.Application.Ringback;
using Satisfaction.Core;

namespace Satisfaction.Application.Hosting;

/// <summary>Checks the <c>Ringback</c> section at start, naming the key that is wrong.</summary>
internal sealed class RingbackOptionsValidator : IValidateOptions<RingbackOptions>
{
    public ValidateOptionsResult Validate(string? name, RingbackOptions options)
    {
        var failures = new List<string>();
        if (options.LockMinutes is < 1 or > 480)
        {
            failures.Add($"Ringback:LockMinutes is {options.LockMinutes}; it must be from 1 to 480.");
        }

        if (options.MaxAttempts < 1)
        {
            failures.Add($"Ringback:MaxAttempts is {options.MaxAttempts}; it must be 1 or more.");
        }

        if (options.MinimumGapMinutes < 0)
        {
            failures.Add($"Ringback:MinimumGapMinutes is {options.MinimumGapMinutes}; it must be 0 or more.");
        }

        if (RingbackPolicy.ParseSelection(options.HouseholdSelection) is null)
        {
            failures.Add($"Ringback:HouseholdSelection is '{options.HouseholdSelection}'; it must be next_birthday or kish_grid.");
        }

        if (!(options.TargetResponseRate > 0 && options.TargetResponseRate <= 1))
        {
            failures.Add($"Ringback:TargetResponseRate is {options.TargetResponseRate}; it must be above 0 and at most 1.");
        }

        if (options.QaCasesPerWeek is < 0 or > 100)
        {
            failures.Add($"Ringback:QaCasesPerWeek is {options.QaCasesPerWeek}; it must be from 0 to 100.");
        }

        if (string.IsNullOrWhiteSpace(options.QaQuestionnaire))
        {
            failures.Add("Ringback:QaQuestionnaire is empty; give a questionnaire id.");
        }

        try
        {
            RingbackPolicy.BuildRules(options.Rules);
        }
        catch (InvalidInputException ex)
        {
            failures.Add(ex.Message);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
