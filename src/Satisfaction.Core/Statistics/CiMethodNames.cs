namespace Satisfaction.Core.Statistics;

/// <summary>The names used for CI methods in output and on the command line ("logit", "wilson_cc", ...).</summary>
public static class CiMethodNames
{
    /// <summary>Every survey method, in output order.</summary>
    public static IReadOnlyList<SurveyCiMethod> AllSurvey { get; } =
        [SurveyCiMethod.Logit, SurveyCiMethod.Likelihood, SurveyCiMethod.Beta, SurveyCiMethod.Mean, SurveyCiMethod.XLogit, SurveyCiMethod.Asin];

    /// <summary>Every plain-proportion method, in output order.</summary>
    public static IReadOnlyList<PlainCiMethod> AllPlain { get; } =
        [PlainCiMethod.Wald, PlainCiMethod.Wilson, PlainCiMethod.WilsonCc, PlainCiMethod.ClopperPearson, PlainCiMethod.Jeffreys, PlainCiMethod.AgrestiCoull];

    /// <summary>Output name of a survey method.</summary>
    public static string Name(SurveyCiMethod method) => method switch
    {
        SurveyCiMethod.Logit => "logit",
        SurveyCiMethod.Likelihood => "likelihood",
        SurveyCiMethod.Beta => "beta",
        SurveyCiMethod.Mean => "mean",
        SurveyCiMethod.XLogit => "xlogit",
        SurveyCiMethod.Asin => "asin",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    /// <summary>Output name of a plain-proportion method.</summary>
    public static string Name(PlainCiMethod method) => method switch
    {
        PlainCiMethod.Wald => "wald",
        PlainCiMethod.Wilson => "wilson",
        PlainCiMethod.WilsonCc => "wilson_cc",
        PlainCiMethod.ClopperPearson => "clopper_pearson",
        PlainCiMethod.Jeffreys => "jeffreys",
        PlainCiMethod.AgrestiCoull => "agresti_coull",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    /// <summary>Parses a survey method name (case-insensitive); null when unknown.</summary>
    public static SurveyCiMethod? ParseSurvey(string name)
    {
        foreach (var m in AllSurvey)
        {
            if (string.Equals(Name(m), name, StringComparison.OrdinalIgnoreCase))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>Parses a plain-proportion method name (case-insensitive); null when unknown.</summary>
    public static PlainCiMethod? ParsePlain(string name)
    {
        foreach (var m in AllPlain)
        {
            if (string.Equals(Name(m), name, StringComparison.OrdinalIgnoreCase))
            {
                return m;
            }
        }

        return null;
    }
}
