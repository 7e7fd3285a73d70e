using System.Globalization;
using System.Reflection;
using Satisfaction.Core;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Infrastructure;

/// <summary>
/// Checks a command line before Spectre parses it, so that the mistakes a newcomer makes get a message that
/// names the option: an option given without its value (Spectre would take the next option, or its own
/// placeholder <c>__default_command</c>, as the value) and a number option given text (<c>--seed abc</c>).
/// The options are read from every settings class of the program, so the check knows them all.
/// </summary>
internal static class CommandLineCheck
{
    private static readonly Lazy<IReadOnlyDictionary<string, OptionShape>> Options = new(ReadOptions);

    /// <summary>Throws when an option that takes a value has none, or a number option's value is not a number.</summary>
    /// <exception cref="InvalidInputException">Names the option, what was wrong and the expected form.</exception>
    public static void Check(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (token == "--")
            {
                return;
            }

            if (!IsOptionToken(token))
            {
                continue;
            }

            var equals = token.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? token[..equals] : token;
            if (!Options.Value.TryGetValue(name, out var shape) || shape.Kind == ValueKind.Flag)
            {
                continue;
            }

            string? value = equals > 0 ? token[(equals + 1)..] : null;
            if (value is null)
            {
                if (i + 1 >= args.Count || IsOptionToken(args[i + 1]))
                {
                    throw new InvalidInputException($"option {name} needs a value: {shape.Template}.");
                }

                value = args[++i];
            }

            CheckNumber(name, shape, value);
        }
    }

    private static void CheckNumber(string name, OptionShape shape, string value)
    {
        var inv = CultureInfo.InvariantCulture;
        var ok = shape.Kind switch
        {
            ValueKind.WholeNumber => long.TryParse(value, NumberStyles.AllowLeadingSign, inv, out _),
            ValueKind.Number => double.TryParse(value, NumberStyles.Float, inv, out var d) && double.IsFinite(d),
            _ => true,
        };
        if (!ok)
        {
            var expected = shape.Kind == ValueKind.WholeNumber ? "a whole number" : "a number";
            throw new InvalidInputException($"option {name} '{value}' is not {expected}: {shape.Template}.");
        }
    }

    /// <summary>An option name (<c>--out</c>, <c>-x</c>), not a value such as <c>-3</c> or <c>-</c>.</summary>
    private static bool IsOptionToken(string token) =>
        token.Length > 1 && token[0] == '-' && !char.IsAsciiDigit(token[1]) && token[1] != '.';

    private static Dictionary<string, OptionShape> ReadOptions()
    {
        var shapes = new Dictionary<string, OptionShape>(StringComparer.Ordinal);
        var settingsTypes = typeof(CommandLineCheck).Assembly.GetTypes()
            .Where(t => typeof(CommandSettings).IsAssignableFrom(t));
        foreach (var type in settingsTypes)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetCustomAttribute<CommandOptionAttribute>() is not { } option)
                {
                    continue;
                }

                var kind = KindOf(property.PropertyType, option);
                foreach (var name in option.LongNames.Select(n => "--" + n).Concat(option.ShortNames.Select(n => "-" + n)))
                {
                    var template = option.ValueName is null ? name : $"{name} <{option.ValueName}>";
                    var shape = new OptionShape(kind, template);

                    // One name with two meanings (a flag here, a value there) is not checked: Spectre decides.
                    shapes[name] = shapes.TryGetValue(name, out var seen) && seen.Kind != kind ? shape with { Kind = ValueKind.Flag } : shape;
                }
            }
        }

        return shapes;
    }

    private static ValueKind KindOf(Type type, CommandOptionAttribute option)
    {
        if (option.ValueName is null || option.ValueIsOptional)
        {
            return ValueKind.Flag;
        }

        var core = Nullable.GetUnderlyingType(type) ?? type;
        if (core == typeof(int) || core == typeof(long))
        {
            return ValueKind.WholeNumber;
        }

        return core == typeof(double) || core == typeof(decimal) ? ValueKind.Number : ValueKind.Text;
    }

    private enum ValueKind
    {
        Flag,
        Text,
        WholeNumber,
        Number,
    }

    private sealed record OptionShape(ValueKind Kind, string Template);
}
