using System.Data.Common;

namespace Satisfaction.Data.Analysis.Sqlite;

/// <summary>SQLite: answers aggregated with <c>group_concat</c>, in SQLite's C code rather than eight rows per interview.</summary>
internal sealed class SqliteAnalysisQueries : IAnalysisQueries
{
    private const string Answers =
        "(SELECT group_concat(a.question_id || char(31) || a.code, char(30)) FROM answers a WHERE a.interview_id = i.id AND a.code IS NOT NULL)";

    public DbCommand Responses(DbConnection connection, int forceId, ResponseSelection selection) =>
        AnalysisSql.Command(connection, AnalysisSql.Responses(Answers, selection), forceId);

    public DbCommand Cases(DbConnection connection, int forceId) => AnalysisSql.Command(connection, AnalysisSql.Cases, forceId);

    public DbCommand ClassTotals(DbConnection connection, int forceId) => AnalysisSql.Command(connection, AnalysisSql.ClassTotals, forceId);

    public DbCommand Attempts(DbConnection connection, int forceId) => AnalysisSql.Command(connection, AnalysisSql.Attempts, forceId);
}
