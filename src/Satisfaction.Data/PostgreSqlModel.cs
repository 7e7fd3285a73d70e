using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Satisfaction.Data;

/// <summary>
/// What the PostgreSQL model changes so that it means the same as SQLite's: text compares and sorts by code
/// point (collation <c>C</c>, as SQLite's BINARY), and SQLite's <c>GLOB</c> checks become anchored regular
/// expressions. Instants stay UTC ticks (<c>bigint</c>) on both, so raw SQL compares them the same way.
/// </summary>
internal static partial class PostgreSqlModel
{
    /// <summary>The collation of every text column: byte order, as SQLite compares text.</summary>
    public const string Collation = "C";

    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                if (StoredAsText(property))
                {
                    property.SetCollation(Collation);
                }
            }

            foreach (var check in entity.GetCheckConstraints().ToList())
            {
                var sql = TranslateGlob(check.Sql);
                if (!string.Equals(sql, check.Sql, StringComparison.Ordinal))
                {
                    var name = check.ModelName;
                    entity.RemoveCheckConstraint(name);
                    entity.AddCheckConstraint(name, sql);
                }
            }
        }
    }

    // Enum codes and flags are stored as text through a converter that conventions give only as a type.
    private static bool StoredAsText(Microsoft.EntityFrameworkCore.Metadata.IMutableProperty property)
    {
        var converter = property.GetValueConverter()
            ?? (property.FindAnnotation("ValueConverterType")?.Value is Type type ? (Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter?)Activator.CreateInstance(type) : null);
        return (converter?.ProviderClrType ?? property.GetProviderClrType() ?? property.ClrType) == typeof(string);
    }

    /// <summary>Rewrites every <c>column GLOB 'pattern'</c> as <c>column ~ '^regex$'</c> (same strings match).</summary>
    public static string TranslateGlob(string sql) =>
        GlobPattern().Replace(sql, m => $"{m.Groups[1].Value} ~ '{GlobToRegex(m.Groups[2].Value)}'");

    private static string GlobToRegex(string glob)
    {
        var regex = new StringBuilder("^");
        var inSet = false;
        foreach (var c in glob)
        {
            if (inSet)
            {
                regex.Append(c);
                inSet = c != ']';
                continue;
            }

            switch (c)
            {
                case '*': regex.Append(".*"); break;
                case '?': regex.Append('.'); break;
                case '[': regex.Append('['); inSet = true; break;
                default:
                    if (char.IsLetterOrDigit(c))
                    {
                        regex.Append(c);
                    }
                    else
                    {
                        regex.Append('\\').Append(c);
                    }

                    break;
            }
        }

        return regex.Append('$').ToString();
    }

    [GeneratedRegex(@"(\w+) GLOB '([^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex GlobPattern();
}
