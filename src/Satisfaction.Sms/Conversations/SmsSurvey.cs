using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Satisfaction.Application.Questionnaires;
using Satisfaction.Application.Sampling;
using Satisfaction.Core.Sampling;
using Satisfaction.Core.Sms;
using Satisfaction.Data;

namespace Satisfaction.Sms.Conversations;

/// <summary>
/// The SMS survey's definitions, loaded once per process: the <c>sms-victim</c> questionnaire (beside the programme
/// folder, <c>Sampling:ProgrammesPath</c>'s parent, by default <c>questionnaires/</c>) in a
/// <see cref="SmsConversationEngine"/> per force whose texts name that force (its HELP text), and the programmes
/// (which use SMS, which ring back). The engines are kept in memory by force key; the forces' names are read from
/// the store at most every <see cref="NamesRefreshInterval"/> (and at once for a force not seen yet), so a renamed
/// force is named within that time and the webhook writer's hot path asks the store nothing.
/// </summary>
public sealed class SmsSurvey(IOptions<SamplingOptions> sampling, QuestionnaireLibrary library, SatisfactionStore store) : IDisposable
{
    /// <summary>The questionnaire every SMS interview follows.</summary>
    public const string QuestionnaireId = "sms-victim";

    /// <summary>JSON of states and sample values (enums as text).</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>How long the forces' names read from the store are used before they are read again (10 s).</summary>
    public static readonly TimeSpan NamesRefreshInterval = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim gate = new(1, 1);
    private (SmsConversationEngine Engine, IReadOnlyList<SamplingProgramme> Programmes)? loaded;
    private volatile ForceEngines? forces;

    /// <summary>
    /// The engine whose texts name the store's only force, or "your police force" when the store holds none or
    /// several (loaded on first use). Texts to a victim use <see cref="EngineAsync(int, CancellationToken)"/>.
    /// </summary>
    /// <exception cref="Core.InvalidInputException">The questionnaire or a programme file is missing or invalid.</exception>
    public async Task<SmsConversationEngine> EngineAsync(CancellationToken cancellationToken = default)
    {
        var known = await ForcesAsync(null, cancellationToken).ConfigureAwait(false);
        return known.Engines.Count == 1 ? known.Engines.Values.First() : known.Generic;
    }

    /// <summary>
    /// The engine whose texts (HELP, thank-you, ...) name force <paramref name="forceId"/>; the generic one ("your
    /// police force") for a key no force has. In memory apart from a read of the forces' names every
    /// <see cref="NamesRefreshInterval"/> or for a force not seen yet.
    /// </summary>
    /// <param name="forceId">The force's store key.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <exception cref="Core.InvalidInputException">The questionnaire or a programme file is missing or invalid.</exception>
    public async Task<SmsConversationEngine> EngineAsync(int forceId, CancellationToken cancellationToken = default)
    {
        var known = await ForcesAsync(forceId, cancellationToken).ConfigureAwait(false);
        return known.Engines.TryGetValue(forceId, out var engine) ? engine : known.Generic;
    }

    /// <summary>The programmes (loaded on first use).</summary>
    public async Task<IReadOnlyList<SamplingProgramme>> ProgrammesAsync(CancellationToken cancellationToken = default) => (await LoadAsync(cancellationToken).ConfigureAwait(false)).Programmes;

    /// <summary>A state as stored.</summary>
    public static string Serialise(SmsConversationState state) => JsonSerializer.Serialize(state, Json);

    /// <summary>A stored state.</summary>
    public static SmsConversationState Deserialise(string json) =>
        JsonSerializer.Deserialize<SmsConversationState>(json, Json) ?? throw new InvalidOperationException("A stored SMS conversation state is empty.");

    /// <summary>Sample values as stored.</summary>
    public static string SerialiseSample(IReadOnlyDictionary<string, string> sample) => JsonSerializer.Serialize(sample, Json);

    /// <summary>Stored sample values.</summary>
    public static Dictionary<string, string> DeserialiseSample(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json, Json) ?? new Dictionary<string, string>(StringComparer.Ordinal);

    private async Task<(SmsConversationEngine Engine, IReadOnlyList<SamplingProgramme> Programmes)> LoadAsync(CancellationToken cancellationToken)
    {
        if (loaded is { } done)
        {
            return done;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (loaded is { } again)
            {
                return again;
            }

            var programmesFolder = ProgrammeCatalog.ResolveFolder(sampling.Value.ProgrammesPath, Environment.CurrentDirectory);
            var programmes = ProgrammeCatalog.Load(programmesFolder);
            var folder = Path.GetDirectoryName(programmesFolder) ?? programmesFolder;
            var questionnaire = library.Load(folder, folder, QuestionnaireId);
            var result = (new SmsConversationEngine(questionnaire, new SmsConversationTexts()), (IReadOnlyList<SamplingProgramme>)programmes);
            loaded = result;
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The per-force engines, read again when older than the interval or when <paramref name="wanted"/> is not among them.</summary>
    private async Task<ForceEngines> ForcesAsync(int? wanted, CancellationToken cancellationToken)
    {
        var now = Environment.TickCount64;
        if (forces is { } kept && now - kept.ReadAtMs < NamesRefreshInterval.TotalMilliseconds && (wanted is not { } asked || kept.Engines.ContainsKey(asked)))
        {
            return kept;
        }

        var generic = (await LoadAsync(cancellationToken).ConfigureAwait(false)).Engine;
        List<(int Id, string Name)> names;
        var db = store.CreateDbContext();
        await using (db.ConfigureAwait(false))
        {
            names = (await db.Forces.AsNoTracking().OrderBy(f => f.Id).Select(f => new { f.Id, f.Name }).ToListAsync(cancellationToken).ConfigureAwait(false))
                .Select(f => (f.Id, f.Name)).ToList();
        }

        var previous = forces?.Engines ?? new Dictionary<int, SmsConversationEngine>();
        var engines = new Dictionary<int, SmsConversationEngine>();
        foreach (var (id, name) in names)
        {
            var sender = string.IsNullOrWhiteSpace(name) ? generic.Texts.Sender : name.Trim();
            engines[id] = previous.TryGetValue(id, out var same) && string.Equals(same.Texts.Sender, sender, StringComparison.Ordinal)
                ? same
                : new SmsConversationEngine(generic.Questionnaire, generic.Texts with { Sender = sender });
        }

        var fresh = new ForceEngines(engines, generic, now);
        forces = fresh;
        return fresh;
    }

    /// <inheritdoc />
    public void Dispose() => gate.Dispose();

    /// <summary>The engines by force key as read at <paramref name="ReadAtMs"/> (<see cref="Environment.TickCount64"/>).</summary>
    private sealed record ForceEngines(IReadOnlyDictionary<int, SmsConversationEngine> Engines, SmsConversationEngine Generic, long ReadAtMs);
}
