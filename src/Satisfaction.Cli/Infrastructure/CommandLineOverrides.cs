namespace Satisfaction.Cli.Infrastructure;

/// <summary>
/// Options that stand for configuration keys (<c>--db</c> for <c>Store:Path</c>, <c>--force</c> for <c>Store:Force</c>), read from the command line
/// before the container is built so that the options the services see already hold them: the command line
/// wins over environment variables and <c>appsettings.json</c>.
/// </summary>
internal static class CommandLineOverrides
{
    private static readonly (string Option, string Key)[] Mappings = [("--db", "Store:Path"), ("--force", "Store:Force")];

    /// <summary>Configuration entries given on the command line (<c>--db FILE</c> or <c>--db=FILE</c>).</summary>
    public static Dictionary<string, string?> Read(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i++)
        {
            foreach (var (option, key) in Mappings)
            {
                if (string.Equals(args[i], option, StringComparison.Ordinal) && i + 1 < args.Count && !args[i + 1].StartsWith('-'))
                {
                    values[key] = args[i + 1];
                }
                else if (args[i].StartsWith(option + "=", StringComparison.Ordinal))
                {
                    values[key] = args[i][(option.Length + 1)..];
                }
            }
        }

        return values;
    }
}
