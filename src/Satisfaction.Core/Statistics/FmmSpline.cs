namespace Satisfaction.Core.Statistics;

/// <summary>
/// R's <c>spline(x, y, n, method = "fmm")</c>: the Forsythe, Malcolm and Moler cubic interpolating spline
/// (end conditions from third divided differences) evaluated on n equally spaced points from min(x) to max(x).
/// </summary>
internal static class FmmSpline
{
    /// <param name="x">Knots, strictly increasing.</param>
    /// <param name="y">Values at the knots.</param>
    /// <param name="count">Number of output points.</param>
    public static (double[] X, double[] Y) Interpolate(double[] x, double[] y, int count)
    {
        var (b, c, d) = Coefficients(x, y);
        var gridX = new double[count];
        var gridY = new double[count];
        var from = x[0];
        var to = x[^1];
        var by = (to - from) / (count - 1);
        for (var k = 0; k < count; k++)
        {
            gridX[k] = from + (k * by);
        }

        gridX[^1] = to;
        var i = 0;
        var last = x.Length - 1;
        for (var k = 0; k < count; k++)
        {
            var u = gridX[k];
            if (u < x[i] || (i < last && x[i + 1] < u))
            {
                i = 0;
                var j = x.Length;
                do
                {
                    var m = (i + j) / 2;
                    if (u < x[m])
                    {
                        j = m;
                    }
                    else
                    {
                        i = m;
                    }
                }
                while (j > i + 1);
            }

            var dx = u - x[i];
            gridY[k] = y[i] + (dx * (b[i] + (dx * (c[i] + (dx * d[i])))));
        }

        return (gridX, gridY);
    }

    private static (double[] B, double[] C, double[] D) Coefficients(double[] xs, double[] ys)
    {
        var n = xs.Length;
        // 1-based copies, as in R's spline.c.
        var x = new double[n + 1];
        var y = new double[n + 1];
        var b = new double[n + 1];
        var c = new double[n + 1];
        var d = new double[n + 1];
        Array.Copy(xs, 0, x, 1, n);
        Array.Copy(ys, 0, y, 1, n);
        if (n < 3)
        {
            var t = (y[2] - y[1]) / (x[2] - x[1]);
            b[1] = t;
            b[2] = t;
            return (b[1..], c[1..], d[1..]);
        }

        var nm1 = n - 1;
        d[1] = x[2] - x[1];
        c[2] = (y[2] - y[1]) / d[1];
        for (var i = 2; i < n; i++)
        {
            d[i] = x[i + 1] - x[i];
            b[i] = 2.0 * (d[i - 1] + d[i]);
            c[i + 1] = (y[i + 1] - y[i]) / d[i];
            c[i] = c[i + 1] - c[i];
        }

        b[1] = -d[1];
        b[n] = -d[nm1];
        c[1] = 0.0;
        c[n] = 0.0;
        if (n > 3)
        {
            c[1] = (c[3] / (x[4] - x[2])) - (c[2] / (x[3] - x[1]));
            c[n] = (c[nm1] / (x[n] - x[n - 2])) - (c[n - 2] / (x[nm1] - x[n - 3]));
            c[1] = c[1] * d[1] * d[1] / (x[4] - x[1]);
            c[n] = -c[n] * d[nm1] * d[nm1] / (x[n] - x[n - 3]);
        }

        for (var i = 2; i <= n; i++)
        {
            var t = d[i - 1] / b[i - 1];
            b[i] -= t * d[i - 1];
            c[i] -= t * c[i - 1];
        }

        c[n] /= b[n];
        for (var i = nm1; i >= 1; i--)
        {
            c[i] = (c[i] - (d[i] * c[i + 1])) / b[i];
        }

        b[n] = ((y[n] - y[n - 1]) / d[n - 1]) + (d[n - 1] * (c[n - 1] + (2.0 * c[n])));
        for (var i = 1; i <= nm1; i++)
        {
            b[i] = ((y[i + 1] - y[i]) / d[i]) - (d[i] * (c[i + 1] + (2.0 * c[i])));
            d[i] = (c[i + 1] - c[i]) / d[i];
            c[i] = 3.0 * c[i];
        }

        c[n] = 3.0 * c[n];
        d[n] = d[nm1];
        return (b[1..], c[1..], d[1..]);
    }
}
