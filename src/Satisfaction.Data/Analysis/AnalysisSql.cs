using System.Data.Common;

namespace Satisfaction.Data.Analysis;

/// <summary>
/// The statements of <see cref="IAnalysisQueries"/> in the SQL both engines share; <c>{answers}</c> is the
/// provider's aggregate of one interview's coded answers.
/// </summary>
internal static class AnalysisSql
{
    private const string ResponsesHead = """
        SELECT i.id, i.sampled_case_id, i.rdd_number_id, i.questionnaire_id, i.mode, i.started_at, i.completed_at,
               sp.code, sc.user_group, d.code, sc.stratum, sc.sample_draw_id, sc.design_weight,
               rr.month, bd.code, {answers}
        FROM interviews i
        LEFT JOIN sampled_cases sc ON sc.id = i.sampled_case_id
        LEFT JOIN survey_programmes sp ON sp.id = sc.survey_programme_id
        LEFT JOIN divisions d ON d.id = sc.division_id
        LEFT JOIN rdd_numbers rn ON rn.id = i.rdd_number_id
        LEFT JOIN rdd_replicates rr ON rr.id = rn.rdd_replicate_id
        LEFT JOIN number_banks nb ON nb.id = rn.number_bank_id
        LEFT JOIN divisions bd ON bd.id = nb.division_id
        WHERE (sc.force_id = @force OR rr.force_id = @force)
        """;

    private const string PartialsOnly = "CASE WHEN i.completed_at IS NULL OR i.rdd_number_id IS NOT NULL THEN {answers} END";

    private const string OnlyRepeatedCases = """
         AND COALESCE(i.sampled_case_id, -i.rdd_number_id) IN
            (SELECT COALESCE(sampled_case_id, -rdd_number_id) FROM interviews GROUP BY 1 HAVING COUNT(*) > 1)
        """;

    private const string CasesSql = """
        SELECT 'case:' || sc.id, sp.code, sc.user_group, d.code, sc.stratum, sc.sample_draw_id, sc.inclusion_probability, sc.design_weight, sc.status, sc.final_disposition
        FROM sampled_cases sc JOIN survey_programmes sp ON sp.id = sc.survey_programme_id JOIN divisions d ON d.id = sc.division_id
        WHERE sc.force_id = @force
        UNION ALL
        SELECT 'rdd:' || rn.id, (SELECT code FROM survey_programmes WHERE force_id = @force AND kind = 'public_confidence' LIMIT 1), '', bd.code, substr(CAST(rr.month AS TEXT), 1, 7), NULL, NULL, 1.0, rn.status, rn.final_disposition
        FROM rdd_numbers rn JOIN rdd_replicates rr ON rr.id = rn.rdd_replicate_id JOIN number_banks nb ON nb.id = rn.number_bank_id LEFT JOIN divisions bd ON bd.id = nb.division_id
        WHERE rr.force_id = @force
        """;

    private const string AttemptsSql = """
        SELECT CASE WHEN ca.sampled_case_id IS NOT NULL THEN 'case:' || ca.sampled_case_id ELSE 'rdd:' || ca.rdd_number_id END,
               COALESCE(sp.code, (SELECT code FROM survey_programmes WHERE force_id = @force AND kind = 'public_confidence' LIMIT 1)), ca.channel, ca.at, ca.outcome, ca.disposition
        FROM contact_attempts ca LEFT JOIN sampled_cases sc ON sc.id = ca.sampled_case_id LEFT JOIN survey_programmes sp ON sp.id = sc.survey_programme_id
        LEFT JOIN rdd_numbers rn ON rn.id = ca.rdd_number_id LEFT JOIN rdd_replicates rr ON rr.id = rn.rdd_replicate_id
        WHERE sc.force_id = @force OR rr.force_id = @force
        ORDER BY ca.id
        """;

    /// <summary>The class totals statement.</summary>
    public const string ClassTotals = """
        SELECT sc.sample_draw_id, sc.stratum, SUM(sc.design_weight), COUNT(*)
        FROM sampled_cases sc
        WHERE sc.force_id = @force AND (sc.final_disposition IS NULL OR sc.final_disposition NOT LIKE '4%')
        GROUP BY sc.stratum, sc.sample_draw_id
        """;

    /// <summary>The responses statement with <paramref name="answersAggregate"/> (a scalar subquery over <c>answers a</c> of interview <c>i</c>).</summary>
    public static string Responses(string answersAggregate, ResponseSelection selection)
    {
        var answers = selection.AnswersOfPartialsOnly ? PartialsOnly.Replace("{answers}", answersAggregate, StringComparison.Ordinal) : answersAggregate;
        return ResponsesHead.Replace("{answers}", answers, StringComparison.Ordinal)
            + (selection.OnlyRepeatedCases ? OnlyRepeatedCases : string.Empty)
            + " ORDER BY i.id";
    }

    /// <summary>The cases statement.</summary>
    public static string Cases => CasesSql;

    /// <summary>The attempts statement.</summary>
    public static string Attempts => AttemptsSql;

    /// <summary>A command with <paramref name="sql"/> on <paramref name="connection"/> and its <c>@force</c> parameter.</summary>
    public static DbCommand Command(DbConnection connection, string sql, int forceId)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        var force = command.CreateParameter();
        force.ParameterName = "@force";
        force.Value = forceId;
        command.Parameters.Add(force);
        return command;
    }
}
