using System.Data.Common;

namespace Satisfaction.Data.Analysis.PostgreSql;

/// <summary>PostgreSQL: answers aggregated with <c>string_agg</c>.</summary>
internal sealed class PostgreSqlAnalysisQueries : IAnalysisQueries
{
    private const string Answers =
        "(SELECT string_agg(a.question_id || chr(31) || a.code, chr(30)) FROM answers a WHERE a.interview_id = i.id AND a.code IS NOT NULL)";

    public DbCommand Responses(DbConnection connection, int forceId, ResponseSelection selection) =>
        AnalysisSql.Command(connection, AnalysisSql.Responses(Answers, selection), forceId);

    public DbCommand Cases(DbConnection connection, int forceId) => AnalysisSql.Command(connection, AnalysisSql.Cases, forceId);

    public DbCommand ClassTotals(DbConnection connection, int forceId) => AnalysisSql.Command(connection, AnalysisSql.ClassTotals, forceId);

    public DbCommand Attempts(DbConnection connection, int forceId) => AnalysisSql.Command(connection, AnalysisSql.Attempts, forceId);
}
