using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Satisfaction.Core.Contact;

/// <summary>
/// Reads the bank-holiday file (YAML, format <c>satisfaction-bank-holidays/1</c>), which lists the one-off
/// days the rules do not give:
/// <code>
/// format: satisfaction-bank-holidays/1
/// changes:
///   - { date: 2020-05-04, change: removed, name: "Early May bank holiday (moved to Friday 8 May)" }
///   - { date: 2020-05-08, change: added, name: "Early May bank holiday (VE Day)" }
/// </code>
/// Keys of an entry: <c>date</c> (yyyy-MM-dd, 1978 or later), <c>change</c> (<c>added</c> or <c>removed</c>),
/// <c>name</c> (required). Pure: the caller reads the file; the name is used in messages only.
/// </summary>
public static class BankHolidayFile
{
    /// <summary>The format name the file must declare.</summary>
    public const string FormatName = "satisfaction-bank-holidays/1";

    private const string ResourceName = "Satisfaction.Core.Contact.bank-holidays.yaml";
    private static readonly string[] RootKeys = ["format", "changes"];
    private static readonly string[] EntryKeys = ["date", "change", "name"];

    /// <summary>Reads the changes; every problem is collected and reported together.</summary>
    /// <param name="reader">The file's text (the caller opens and closes it).</param>
    /// <param name="source">File name for messages.</param>
    /// <exception cref="InvalidInputException">
    /// Lines <c>FILE:LINE:COL: reason</c>: YAML syntax, a missing or unknown key, a wrong format, a date that is
    /// not yyyy-MM-dd or is before 1978, an unknown change, a removed day the rules do not give, an added day
    /// they already give, a date listed twice.
    /// </exception>
    public static IReadOnlyList<BankHolidayChange> Parse(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var problems = new List<string>();
        void Report(Mark at, string reason) =>
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{source}:{at.Line}:{at.Column}: {reason}"));

        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            Report(e.Start, "YAML syntax error: " + (e.InnerException?.Message ?? e.Message));
            throw new InvalidInputException(problems[0], e);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InvalidInputException($"{source}:1:1: expected one YAML mapping with the keys format and changes");
        }

        CheckKeys(root, "the file", RootKeys, Report);
        var format = Get(root, "format");
        if (format is not YamlScalarNode { Value: FormatName })
        {
            Report(format?.Start ?? root.Start, $"expected 'format: {FormatName}'");
        }

        var changes = new List<BankHolidayChange>();
        var seen = new Dictionary<DateOnly, Mark>();
        switch (Get(root, "changes"))
        {
            case null:
                Report(root.Start, "missing key 'changes' (a list; it may be empty: 'changes: []')");
                break;
            case YamlSequenceNode list:
                foreach (var item in list)
                {
                    if (ReadEntry(item, Report) is not { } change)
                    {
                        continue;
                    }

                    if (seen.TryGetValue(change.Date, out var first))
                    {
                        Report(item.Start, $"{change.Date:yyyy-MM-dd} is listed twice (first at line {first.Line})");
                        continue;
                    }

                    seen.Add(change.Date, item.Start);
                    changes.Add(change);
                }

                break;
            case var other:
                Report(other.Start, "'changes' must be a list (lines starting with '- ')");
                break;
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(string.Join(Environment.NewLine, problems));
        }

        return changes;
    }

    /// <summary>
    /// The copy of <c>questionnaires/calendar/bank-holidays.yaml</c> built into the program, for when no file
    /// is configured.
    /// </summary>
    public static IReadOnlyList<BankHolidayChange> Shipped()
    {
        using var stream = typeof(BankHolidayFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from {typeof(BankHolidayFile).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader, "bank-holidays.yaml (built in)");
    }

    private static BankHolidayChange? ReadEntry(YamlNode item, Action<Mark, string> report)
    {
        if (item is not YamlMappingNode entry)
        {
            report(item.Start, "each change must be a mapping: { date: yyyy-MM-dd, change: added|removed, name: \"...\" }");
            return null;
        }

        CheckKeys(entry, "a change", EntryKeys, report);
        var ok = true;
        DateOnly date = default;
        var dateNode = Get(entry, "date");
        if (dateNode is not YamlScalarNode { Value: { } dateText }
            || !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            report(dateNode?.Start ?? entry.Start, dateNode is null ? "missing key 'date'" : $"date '{Text(dateNode)}' is not a date yyyy-MM-dd");
            ok = false;
        }

        var kind = BankHolidayChangeKind.Added;
        var changeNode = Get(entry, "change");
        switch (Text(changeNode))
        {
            case "added":
                break;
            case "removed":
                kind = BankHolidayChangeKind.Removed;
                break;
            default:
                report(changeNode?.Start ?? entry.Start, changeNode is null ? "missing key 'change' (added or removed)" : $"change '{Text(changeNode)}' is not 'added' or 'removed'");
                ok = false;
                break;
        }

        var nameNode = Get(entry, "name");
        var name = Text(nameNode)?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            report(nameNode?.Start ?? entry.Start, "missing or empty 'name' (say what the day is, e.g. \"Platinum Jubilee bank holiday\")");
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        var change = new BankHolidayChange(date, kind, name!);
        if (BankHolidayCalendar.CheckChange(change) is { } problem)
        {
            report(dateNode!.Start, problem);
            return null;
        }

        return change;
    }

    private static void CheckKeys(YamlMappingNode map, string what, string[] allowed, Action<Mark, string> report)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = Text(key) ?? string.Empty;
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                report(key.Start, $"unknown key '{name}' in {what}; allowed: {string.Join(", ", allowed)}");
            }
        }
    }

    private static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Text(YamlNode? node) => (node as YamlScalarNode)?.Value;
}
