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
/// <see cref="SmsConversationEngine"/> whose HELP text names the force, and the programmes (which use SMS, which ring back).
/// </summary>
public sealed class SmsSurvey(IOptions<SamplingOptions> sampling, QuestionnaireLibrary library, SatisfactionStore store) : IDisposable
{
    /// <summary>The questionnaire every SMS interview follows.</summary>
    public const string QuestionnaireId = "sms-victim";

    /// <summary>JSON of states and sample values (enums as text).</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly SemaphoreSlim gate = new(1, 1);
    private (SmsConversationEngine Engine, IReadOnlyList<SamplingProgramme> Programmes)? loaded;

    /// <summary>The engine (loaded on first use).</summary>
    /// <exception cref="Core.InvalidInputException">The questionnaire or a programme file is missing or invalid.</exception>
    public async Task<SmsConversationEngine> EngineAsync(CancellationToken cancellationToken = default) => (await LoadAsync(cancellationToken).ConfigureAwait(false)).Engine;

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
            var texts = new SmsConversationTexts();
            var db = store.CreateDbContext();
            await using (db.ConfigureAwait(false))
            {
                var force = await db.Forces.AsNoTracking().OrderBy(f => f.Id).Select(f => f.Name).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                if (!string.IsNullOrWhiteSpace(force))
                {
                    texts = texts with { Sender = force };
                }
            }

            var result = (new SmsConversationEngine(questionnaire, texts), (IReadOnlyList<SamplingProgramme>)programmes);
            loaded = result;
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => gate.Dispose();
}
