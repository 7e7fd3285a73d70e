using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Satisfaction.Data;

/// <summary>Names every column snake_case (<c>CrimeRef</c> becomes <c>crime_ref</c>); tables are named in their configurations.</summary>
internal static class SnakeCaseNaming
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName() ?? entity.ClrType.Name, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                var name = property.GetColumnName(table) ?? property.Name;
                property.SetColumnName(ToSnakeCase(name));
            }
        }
    }

    public static string ToSnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextIsLower = i > 0 && i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]);
                if (previousIsLowerOrDigit || nextIsLower)
                {
                    text.Append('_');
                }

                text.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
