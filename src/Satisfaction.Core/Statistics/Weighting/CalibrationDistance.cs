namespace Satisfaction.Core.Statistics.Weighting;

/// <summary>
/// R survey's <c>cal.linear</c>, <c>cal.raking</c> and <c>cal.logit</c>: F^-1(u) = g - 1 and its derivative,
/// with R's bound handling copied as is (the raking derivative tests u, not exp(u), against the bounds).
/// </summary>
internal sealed class CalibrationDistance
{
    private readonly CalibrationFunction _function;
    private readonly double _lower;
    private readonly double _upper;
    private readonly double _a;

    public CalibrationDistance(CalibrationFunction function, double lower, double upper)
    {
        _function = function;
        _lower = lower;
        _upper = upper;
        _a = (upper - lower) / ((upper - 1) * (1 - lower));
    }

    /// <summary>g - 1 for the linear predictor u.</summary>
    public double Fm1(double u)
    {
        switch (_function)
        {
            case CalibrationFunction.Linear:
                return Math.Min(Math.Max(u + 1, _lower), _upper) - 1;
            case CalibrationFunction.Raking:
                return Math.Min(Math.Max(Math.Exp(u), _lower), _upper) - 1;
            default:
                var eAu = Math.Exp(_a * u);
                return ((_lower * (_upper - 1)) + (_upper * (1 - _lower) * eAu)) / (_upper - 1 + ((1 - _lower) * eAu)) - 1;
        }
    }

    /// <summary>Derivative of <see cref="Fm1"/> (0 outside the bounds for linear and raking).</summary>
    public double Derivative(double u)
    {
        switch (_function)
        {
            case CalibrationFunction.Linear:
                return u < _upper - 1 && u > _lower - 1 ? 1.0 : 0.0;
            case CalibrationFunction.Raking:
                return u < _upper - 1 && u > _lower - 1 ? Math.Exp(u) : 0.0;
            default:
                var l = _lower;
                var up = _upper;
                var eAu = Math.Exp(_a * u);
                var den = up - 1 + ((1 - l) * eAu);
                return (up * (1 - l) * eAu * _a / den)
                    - (((l * (up - 1)) + (up * (1 - l) * eAu)) * ((1 - l) * eAu * _a) / (den * den));
        }
    }
}
