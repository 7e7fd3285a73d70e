namespace Satisfaction.Core.Statistics;

/// <summary>
/// The "likelihood" interval of R survey 4.1-1: the profile likelihood of the intercept of an
/// intercept-only quasibinomial <c>svyglm</c>, with its tail probability rescaled by
/// lambda = sandwich variance / model-based variance (Rao-Scott), computed exactly as
/// <c>survey:::confint.svyglm</c> does: the profile is evaluated on R's grid of steps and inverted through
/// R's FMM interpolating spline, so the bounds agree with R's to about 1e-10, not just to the root.
/// </summary>
internal static class ProfileLikelihoodCi
{
    private const int MaxSteps = 10;

    /// <param name="p">Proportion, 0 &lt; p &lt; 1.</param>
    /// <param name="variance">Design variance of p.</param>
    /// <param name="n">Respondents in the domain (for the dispersion, n / (n - 1) scaled).</param>
    /// <param name="rowCount">Rows of the model frame (weights are normalised to mean 1 over them).</param>
    /// <param name="df">Design df.</param>
    /// <param name="level">Confidence level.</param>
    /// <param name="glmStart">R's first IRLS step for the domain; null = start at the converged fit.</param>
    public static CiBounds Compute(double p, double variance, int n, int rowCount, double df, double level, GlmFirstStep? glmStart)
    {
        if (!(variance > 0) || n < 2 || rowCount < 2)
        {
            return CiBounds.Undefined;
        }

        // Replay R's IRLS (glm.fit, epsilon 1e-8, maxit 25): the fitted mean and the working weights of
        // the last iteration (which R's model-based variance uses) are those R reports, not the exact root.
        var (beta0, previousWorking) = FitIntercept(p, rowCount, glmStart);
        var mu0 = Expit(beta0);
        var v0 = mu0 * (1 - mu0);
        var seBeta = Math.Sqrt(variance) / v0;
        var naive = 1.0 / previousWorking;
        var lambda = (seBeta * seBeta) / naive;
        var alpha = Quantiles.NormalCdf(Quantiles.TQuantile((1 - level) / 2, df) * Math.Sqrt(lambda)) / 2;

        // zmax = sqrt(qf(alpha, 1, nrow - 1, lower.tail = FALSE)) = qt(1 - alpha / 2, nrow - 1).
        var zmax = -Quantiles.TQuantile(alpha / 2, rowCount - 1);
        var del = zmax / 5;

        // summary.svyglm's dispersion: svyvar of the Pearson residuals at the fitted mean.
        var dispersion = n / (n - 1.0) * p * (1 - p) / v0;
        var deviance0 = Deviance(p, mu0, rowCount);

        var xs = new List<double> { beta0 };
        var zs = new List<double> { 0.0 };
        foreach (var sign in (ReadOnlySpan<int>)[-1, 1])
        {
            var z = 0.0;
            for (var step = 1; step < MaxSteps && Math.Abs(z) < zmax; step++)
            {
                var b = beta0 + (sign * step * del * seBeta);
                var mu = LinkInverse(b);
                var zz = (Deviance(p, mu, rowCount) - deviance0) / dispersion;
                zz = Math.Max(zz, 0);
                z = sign * Math.Sqrt(zz);
                xs.Add(b);
                zs.Add(z);
            }
        }

        var order = Enumerable.Range(0, xs.Count).OrderBy(i => xs[i]).ToArray();
        var x = order.Select(i => xs[i]).ToArray();
        var y = order.Select(i => zs[i]).ToArray();
        var (gridX, gridY) = FmmSpline.Interpolate(x, y, 3 * x.Length);
        Array.Sort(gridY, gridX);
        var cutoff = Quantiles.NormalQuantile(2 * alpha);
        var lower = InverseLinear(gridY, gridX, cutoff);
        var upper = InverseLinear(gridY, gridX, -cutoff);
        return new CiBounds(Expit(lower), Expit(upper));
    }

    /// <summary>
    /// R glm.fit for an intercept-only binomial model: returns the final coefficient and the sum of the
    /// working weights of the last iteration (computed from the mean before that iteration's update).
    /// </summary>
    internal static (double Beta, double Working) FitIntercept(double p, int rows, GlmFirstStep? start)
    {
        double eta, working, devOld;
        if (start is { } s)
        {
            eta = s.Eta;
            working = s.SumWorkingWeights;
            devOld = s.StartDeviance;
        }
        else
        {
            eta = Math.Log(p / (1 - p));
            var m = Expit(eta);
            return (eta, rows * m * (1 - m));
        }

        var dev = Deviance(p, Expit(eta), rows);
        for (var iteration = 2; iteration <= 25; iteration++)
        {
            if (Math.Abs(dev - devOld) / (Math.Abs(dev) + 0.1) < 1e-8)
            {
                break;
            }

            devOld = dev;
            var mu = Expit(eta);
            var v = mu * (1 - mu);
            working = rows * v;
            eta += (p - mu) / v;
            dev = Deviance(p, Expit(eta), rows);
        }

        return (eta, working);
    }

    /// <summary>Binomial deviance of weights normalised to mean 1 (sum = rows) at mean mu, given the weighted mean p.</summary>
    private static double Deviance(double p, double mu, int rows)
        => -2.0 * rows * ((p * Math.Log(mu)) + ((1 - p) * Math.Log(1 - mu)));

    /// <summary>R <c>approx(x, y, xout)</c> (linear, rule 1: NaN outside the range), x sorted increasing.</summary>
    private static double InverseLinear(double[] x, double[] y, double xout)
    {
        if (xout < x[0] || xout > x[^1])
        {
            return double.NaN;
        }

        var hi = 1;
        while (hi < x.Length - 1 && x[hi] < xout)
        {
            hi++;
        }

        var lo = hi - 1;
        if (xout == x[hi])
        {
            return y[hi];
        }

        return y[lo] + ((y[hi] - y[lo]) * ((xout - x[lo]) / (x[hi] - x[lo])));
    }

    private static double Expit(double x) => Math.Exp(x) / (1 + Math.Exp(x));

    /// <summary>
    /// R's binomial <c>linkinv</c> (C_logit_linkinv), which glm.fit uses for the profile's deviance: exp(eta) / (1 + exp(eta))
    /// with eta below -30 or above 30 clamped, so mu stays within [eps, 1 - eps] far in the tails (eps = 2^-52).
    /// </summary>
    internal static double LinkInverse(double eta)
    {
        const double Threshold = 30;
        var t = eta < -Threshold ? 2.220446049250313e-16 : eta > Threshold ? 1 / 2.220446049250313e-16 : Math.Exp(eta);
        return t / (1 + t);
    }
}
