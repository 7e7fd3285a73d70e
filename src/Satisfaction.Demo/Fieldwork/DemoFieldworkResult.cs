namespace Satisfaction.Demo.Fieldwork;

/// <summary>What the fieldwork simulation did (counts only; no personal data).</summary>
/// <param name="From">First day simulated (UK date).</param>
/// <param name="To">Last day simulated (UK date).</param>
/// <param name="Draws">Weekly draws run.</param>
/// <param name="RddReleases">Monthly RDD releases that released numbers.</param>
/// <param name="TextsSent">Texts the outbox sent (offline transport).</param>
/// <param name="Replies">Texts the simulated victims sent through the inbound path.</param>
/// <param name="Stops">STOP replies.</param>
/// <param name="Starts">START replies.</param>
/// <param name="Helps">HELP replies.</param>
/// <param name="Nonsense">Replies that were not an answer.</param>
/// <param name="HandedOver">SMS cases handed over to the ring-back queue.</param>
/// <param name="Calls">Telephone calls recorded by the simulated call-handlers.</param>
/// <param name="Conflicts">Times two handlers were given the same case (must be 0).</param>
public sealed record DemoFieldworkResult(
    DateOnly From,
    DateOnly To,
    int Draws,
    int RddReleases,
    int TextsSent,
    int Replies,
    int Stops,
    int Starts,
    int Helps,
    int Nonsense,
    int HandedOver,
    int Calls,
    int Conflicts)
{
    /// <summary>Wall-clock time by part of the simulation, e.g. <c>phone 12.0 s, outbox 8.1 s</c>.</summary>
    public string Timings { get; init; } = string.Empty;
}
