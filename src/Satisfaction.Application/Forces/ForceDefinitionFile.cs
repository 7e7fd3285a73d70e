using System.Globalization;
using Satisfaction.Core;
using Satisfaction.Core.Contact;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Satisfaction.Application.Forces;

/// <summary>
/// Reads <c>force.yaml</c> (<c>satisfaction force init --file force.yaml</c>). Keys: <c>code</c>, <c>name</c>,
/// <c>divisions</c> (a list of codes, or of <c>{code, name}</c>), <c>msg_peers</c> (force codes),
/// <c>time_zone</c> (default Europe/London), <c>contact_hours</c> (<c>sms</c>/<c>phone</c>: <c>HH:mm-HH:mm</c>,
/// or <c>{hours: HH:mm-HH:mm, sundays: bool}</c>), <c>programmes</c> (folder, relative to the file), <c>bank_holidays</c> (a
/// <c>satisfaction-bank-holidays/1</c> file of one-off days, relative to the file; read now and stored). An unknown
/// key or a bad value is an error naming the file, line and key.
/// </summary>
public static class ForceDefinitionFile
{
    private static readonly string[] Keys = ["code", "name", "divisions", "msg_peers", "time_zone", "contact_hours", "programmes", "bank_holidays"];

    /// <summary>Reads and checks <paramref name="path"/>.</summary>
    /// <exception cref="InvalidInputException">Missing file, YAML error, unknown key or bad value (FILE:LINE: key: reason).</exception>
    public static ForceDefinition Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"{path}: no such file.");
        }

        var definition = Parse(File.ReadAllText(path), path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (definition.ProgrammesPath is { } folder)
        {
            definition = definition with { ProgrammesPath = Path.GetFullPath(folder, directory) };
        }

        if (definition.BankHolidaysSource is { } holidays)
        {
            var holidaysPath = Path.GetFullPath(holidays, directory);
            if (!File.Exists(holidaysPath))
            {
                throw new InvalidInputException($"{path}: bank_holidays: no such file {holidaysPath}.");
            }

            using var reader = new StreamReader(holidaysPath);
            definition = definition with { BankHolidays = BankHolidayFile.Parse(reader, holidaysPath), BankHolidaysSource = Path.GetFileName(holidaysPath) };
        }

        return definition;
    }

    /// <summary>Parses a force definition from YAML text; <paramref name="file"/> names it in errors.</summary>
    /// <exception cref="InvalidInputException">YAML error, unknown key or bad value (FILE:LINE: key: reason).</exception>
    public static ForceDefinition Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw Error(file, ex.Start.Line, null, $"not valid YAML: {ex.Message}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Error(file, 1, null, "expected a mapping with code, name and divisions.");
        }

        foreach (var key in root.Children.Keys)
        {
            var name = ((YamlScalarNode)key).Value ?? string.Empty;
            if (!Keys.Contains(name, StringComparer.Ordinal))
            {
                throw Error(file, key.Start.Line, name, $"unknown key; expected one of: {string.Join(", ", Keys)}.");
            }
        }

        var code = Scalar(root, "code", file) ?? throw Error(file, 1, "code", "required (e.g. code: LANCS).");
        var name2 = Scalar(root, "name", file) ?? throw Error(file, 1, "name", "required (e.g. name: Lancashire Constabulary).");
        var divisions = Divisions(root, file);
        var timeZone = Scalar(root, "time_zone", file);
        var definition = new ForceDefinition(code, name2, divisions)
        {
            TimeZone = timeZone,
            MsgPeers = Get(root, "msg_peers") is { } peers ? Sequence(peers, "msg_peers", file).Select(p => p.Value!.Trim().ToUpperInvariant()).ToList() : null,
            ContactHours = Get(root, "contact_hours") is { } hours ? ContactHours(hours, timeZone ?? "Europe/London", file) : null,
            ProgrammesPath = Scalar(root, "programmes", file),
            BankHolidaysSource = Scalar(root, "bank_holidays", file),
        };
        return definition;
    }

    private static InvalidInputException Error(string file, long line, string? key, string reason) =>
        new(key is null
            ? string.Create(CultureInfo.InvariantCulture, $"{file}:{line}: {reason}")
            : string.Create(CultureInfo.InvariantCulture, $"{file}:{line}: {key}: {reason}"));

    private static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static string? Scalar(YamlMappingNode map, string key, string file) => Get(map, key) switch
    {
        null => null,
        YamlScalarNode s => string.IsNullOrWhiteSpace(s.Value) ? null : s.Value.Trim(),
        var other => throw Error(file, other.Start.Line, key, "expected a single value."),
    };

    private static IEnumerable<YamlScalarNode> Sequence(YamlNode node, string key, string file)
    {
        if (node is not YamlSequenceNode seq)
        {
            throw Error(file, node.Start.Line, key, "expected a list.");
        }

        foreach (var item in seq)
        {
            yield return item as YamlScalarNode ?? throw Error(file, item.Start.Line, key, "expected a list of codes.");
        }
    }

    private static List<DivisionDefinition> Divisions(YamlMappingNode root, string file)
    {
        if (Get(root, "divisions") is not YamlSequenceNode seq)
        {
            throw Error(file, Get(root, "divisions")?.Start.Line ?? 1, "divisions", "required: a list of division codes, or of {code, name}.");
        }

        var list = new List<DivisionDefinition>();
        foreach (var item in seq)
        {
            switch (item)
            {
                case YamlScalarNode s when !string.IsNullOrWhiteSpace(s.Value):
                    list.Add(new DivisionDefinition(s.Value.Trim().ToUpperInvariant(), s.Value.Trim().ToUpperInvariant()));
                    break;
                case YamlMappingNode m:
                    foreach (var key in m.Children.Keys.Cast<YamlScalarNode>().Where(k => k.Value is not ("code" or "name")))
                    {
                        throw Error(file, key.Start.Line, "divisions", $"unknown key '{key.Value}'; a division has code and name.");
                    }

                    var code = Scalar(m, "code", file) ?? throw Error(file, m.Start.Line, "divisions", "a division needs a code.");
                    list.Add(new DivisionDefinition(code.ToUpperInvariant(), Scalar(m, "name", file) ?? code.ToUpperInvariant()));
                    break;
                default:
                    throw Error(file, item.Start.Line, "divisions", "expected a division code or {code, name}.");
            }
        }

        return list;
    }

    private static ContactHoursOptions ContactHours(YamlNode node, string timeZone, string file)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(file, node.Start.Line, "contact_hours", "expected sms and/or phone.");
        }

        var options = new ContactHoursOptions { TimeZone = timeZone };
        foreach (var (key, value) in map.Children)
        {
            var channel = ((YamlScalarNode)key).Value;
            var hours = Channel(value, $"contact_hours.{channel}", file);
            options = channel switch
            {
                "sms" => options with { Sms = hours },
                "phone" => options with { Phone = hours },
                _ => throw Error(file, key.Start.Line, "contact_hours", $"unknown channel '{channel}'; expected sms or phone."),
            };
        }

        return options;
    }

    private static ChannelHours Channel(YamlNode node, string key, string file)
    {
        string? range;
        var sundays = false;
        if (node is YamlMappingNode m)
        {
            range = Scalar(m, "hours", file);
            if (Scalar(m, "sundays", file) is { } s && !bool.TryParse(s, out sundays))
            {
                throw Error(file, m.Start.Line, key + ".sundays", $"'{s}' is not true or false.");
            }
        }
        else
        {
            range = (node as YamlScalarNode)?.Value;
        }

        var parts = (range ?? string.Empty).Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            throw Error(file, node.Start.Line, key, $"'{range}' is not hours in the form HH:mm-HH:mm (e.g. 09:00-20:00).");
        }

        return new ChannelHours { Start = start, End = end, Sundays = sundays };
    }
}
