namespace Satisfaction.Application.Rates;

/// <summary>How <c>satisfaction rates</c> splits the cases.</summary>
public enum RatesGrouping
{
    /// <summary>One row per programme (uss, asb, rdd_confidence).</summary>
    Programme,

    /// <summary>Per programme and the channel of the attempt that decided the case's disposition (sms, phone, none).</summary>
    Channel,

    /// <summary>Per programme and sample month (the draw's as-of month; the RDD replicate's month).</summary>
    Month,

    /// <summary>Per programme and the call-handler whose attempt decided the disposition (<c>(sms)</c>, <c>(not attempted)</c> otherwise).</summary>
    Handler,
}
