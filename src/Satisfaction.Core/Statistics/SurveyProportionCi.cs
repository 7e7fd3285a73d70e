namespace Satisfaction.Core.Statistics;

/// <summary>
/// Confidence intervals for a proportion under a complex design, as R survey 4.1-1 <c>svyciprop</c>:
/// t quantiles on the design df for every method.
/// </summary>
/// <remarks>
/// At p = 0 or p = 1 the logit and arcsine scales are undefined: logit, xlogit, likelihood and asin return
/// <see cref="CiBounds.Undefined"/> (NaN, written as null); "mean" returns [p, p]; "beta" uses the domain n
/// as the effective sample size (the NCHS convention), giving a Clopper-Pearson interval [0, u] or [l, 1].
/// </remarks>
public static class SurveyProportionCi
{
    /// <summary>One interval.</summary>
    /// <param name="method">The method.</param>
    /// <param name="estimate">The domain's proportion estimate (from <see cref="SurveyEstimator.Mean"/> of a 0/1 variable).</param>
    /// <param name="level">Confidence level, 0 &lt; level &lt; 1 (e.g. 0.95).</param>
    /// <returns>The interval.</returns>
    public static CiBounds Compute(SurveyCiMethod method, LinearEstimate estimate, double level)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        if (method == SurveyCiMethod.Likelihood)
        {
            var p = estimate.Estimate;
            if (p <= 0 || p >= 1)
            {
                return CiBounds.Undefined;
            }

            if (estimate.Variance == 0)
            {
                // R's profile cannot be interpolated when the SE is 0 (it stops); its limit is the fitted point.
                var point = estimate.GlmStart is null ? p : Expit(ProfileLikelihoodCi.FitIntercept(p, estimate.RowCount, estimate.GlmStart).Beta);
                return new CiBounds(point, point);
            }

            return ProfileLikelihoodCi.Compute(p, estimate.Variance, estimate.N, estimate.RowCount, estimate.DegreesOfFreedom, level, estimate.GlmStart);
        }

        if (method == SurveyCiMethod.Logit && estimate.GlmStart is not null && estimate.Estimate is > 0 and < 1)
        {
            // Centre on R's IRLS coefficient (converged to glm.fit's 1e-8 deviance rule, not to the root).
            var beta = ProfileLikelihoodCi.FitIntercept(estimate.Estimate, estimate.RowCount, estimate.GlmStart).Beta;
            var mu = Math.Exp(beta) / (1 + Math.Exp(beta));
            var se = Math.Sqrt(estimate.Variance) / (mu * (1 - mu));
            var t = Quantiles.TQuantile((1 - level) / 2, estimate.DegreesOfFreedom);
            return new CiBounds(Expit(beta + (se * t)), Expit(beta - (se * t)));
        }

        return Compute(method, estimate.Estimate, estimate.Variance, estimate.N, estimate.RowCount, estimate.DegreesOfFreedom, level);
    }

    /// <summary>One interval from its ingredients.</summary>
    /// <param name="method">The method.</param>
    /// <param name="p">Weighted proportion, 0 &lt;= p &lt;= 1.</param>
    /// <param name="variance">Its design variance.</param>
    /// <param name="n">Respondents in the domain (non-zero weight).</param>
    /// <param name="rowCount">R's <c>nrow(design)</c> (see <see cref="LinearEstimate.RowCount"/>).</param>
    /// <param name="degreesOfFreedom">Design df; t quantiles use it.</param>
    /// <param name="level">Confidence level, 0 &lt; level &lt; 1.</param>
    /// <returns>The interval.</returns>
    public static CiBounds Compute(SurveyCiMethod method, double p, double variance, int n, int rowCount, int degreesOfFreedom, double level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(level, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(level, 1.0);
        var alpha = 1 - level;
        double df = degreesOfFreedom;
        var boundary = p <= 0 || p >= 1;
        var se = Math.Sqrt(variance);
        switch (method)
        {
            case SurveyCiMethod.Mean:
            {
                var t = Quantiles.TQuantile(1 - (alpha / 2), df);
                return new CiBounds(p - (t * se), p + (t * se));
            }

            case SurveyCiMethod.Logit:
            case SurveyCiMethod.XLogit:
            {
                if (boundary)
                {
                    return CiBounds.Undefined;
                }

                var centre = Math.Log(p / (1 - p));
                var seLogit = se / (p * (1 - p));
                var t = Quantiles.TQuantile(alpha / 2, df);
                return new CiBounds(Expit(centre + (seLogit * t)), Expit(centre - (seLogit * t)));
            }

            case SurveyCiMethod.Asin:
            {
                if (boundary)
                {
                    return CiBounds.Undefined;
                }

                var centre = Math.Asin(Math.Sqrt(p));
                var seAsin = se / (2 * Math.Sqrt(p) * Math.Sqrt(1 - p));
                var t = Quantiles.TQuantile(alpha / 2, df);
                var lower = Math.Sin(centre + (seAsin * t));
                var upper = Math.Sin(centre - (seAsin * t));
                return new CiBounds(lower * lower, upper * upper);
            }

            case SurveyCiMethod.Beta:
                return KornGraubard(p, variance, n, rowCount, df, alpha);

            case SurveyCiMethod.Likelihood:
                return boundary ? CiBounds.Undefined
                    : variance == 0 ? new CiBounds(p, p)
                    : ProfileLikelihoodCi.Compute(p, variance, n, rowCount, df, level, glmStart: null);

            default:
                throw new ArgumentOutOfRangeException(nameof(method));
        }
    }

    private static CiBounds KornGraubard(double p, double variance, int n, int rowCount, double df, double alpha)
    {
        var ratio = Quantiles.TQuantile(alpha / 2, rowCount - 1) / Quantiles.TQuantile(alpha / 2, df);
        if (p <= 0 || p >= 1)
        {
            var m = n * ratio * ratio;
            return p <= 0
                ? new CiBounds(0, Quantiles.BetaQuantile(1 - (alpha / 2), 1, m))
                : new CiBounds(Quantiles.BetaQuantile(alpha / 2, m, 1), 1);
        }

        if (variance == 0)
        {
            // n_eff is infinite: the interval is the point (R's qbeta with infinite shapes gives 0.5 whatever p is).
            return new CiBounds(p, p);
        }

        var nEff = p * (1 - p) / variance * ratio * ratio;
        return new CiBounds(
            Quantiles.BetaQuantile(alpha / 2, nEff * p, (nEff * (1 - p)) + 1),
            Quantiles.BetaQuantile(1 - (alpha / 2), (nEff * p) + 1, nEff * (1 - p)));
    }

    private static double Expit(double x) => Math.Exp(x) / (1 + Math.Exp(x));
}
