using System.Globalization;
using Satisfaction.Core.Contact;
using Satisfaction.Core.Crimes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Satisfaction.Core.Sampling;

/// <summary>
/// Reads a programme file (<c>questionnaires/programmes/*.yaml</c>) into a <see cref="SamplingProgramme"/>.
/// Strict: unknown keys, unknown codes and out-of-range numbers are <see cref="InvalidInputException"/>s that name
/// the file, line and key.
/// </summary>
public static class ProgrammeParser
{
    /// <summary>Parses one programme from YAML <paramref name="text"/>; <paramref name="fileName"/> is used in messages only.</summary>
    /// <exception cref="InvalidInputException">The text is not valid YAML or not a valid programme.</exception>
    public static SamplingProgramme Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw InvalidInputException.At(fileName, ex.Start.Line, null, $"not valid YAML: {ex.Message}");
        }

        if (stream.Documents.Count != 1)
        {
            throw InvalidInputException.At(fileName, 1, null, "expected exactly one YAML document.");
        }

        var root = new YamlMap(stream.Documents[0].RootNode, fileName, "programme");
        var id = root.RequiredString("id");
        var groups = ParseGroups(root, fileName);
        var window = ParseWindow(root, fileName);
        var minimumAge = root.OptionalInt("minimum_age", 0, 120) ?? 16;
        var repeatMonths = root.OptionalInt("repeat_contact_months", 0, 120) ?? 12;
        var exclusions = ParseExclusions(root);
        var strata = ParseStrata(root);
        var selection = ParseSelection(root);
        var allocation = ParseAllocation(root, fileName, groups);
        var channels = ParseChannels(root);
        root.RejectUnknownKeys();
        return new SamplingProgramme
        {
            Id = id,
            UserGroups = groups,
            Window = window,
            MinimumAge = minimumAge,
            RepeatContactMonths = repeatMonths,
            Exclusions = exclusions,
            Strata = strata,
            Selection = selection,
            Allocation = allocation,
            Channels = channels,
        };
    }

    /// <summary><c>channels</c>: the contact channels in the order tried, e.g. <c>[sms, phone]</c>; default <c>[phone]</c>.</summary>
    private static List<ContactChannel> ParseChannels(YamlMap root)
    {
        var list = root.OptionalStringList("channels");
        if (list is null)
        {
            return [ContactChannel.Phone];
        }

        var channels = new List<ContactChannel>();
        foreach (var (value, node) in list)
        {
            ContactChannel? channel = value switch
            {
                "sms" => ContactChannel.Sms,
                "phone" => ContactChannel.Phone,
                _ => null,
            };
            if (channel is not { } c)
            {
                throw root.Error(node, "channels", $"'{value}' is not a channel; expected sms or phone.");
            }

            if (channels.Contains(c))
            {
                throw root.Error(node, "channels", $"channel '{value}' is listed twice.");
            }

            channels.Add(c);
        }

        return channels.Count == 0 ? throw root.Error(root.Node, "channels", "'channels' needs at least one channel (sms, phone).") : channels;
    }

    private static List<UserGroupDefinition> ParseGroups(YamlMap root, string file)
    {
        var node = root.Get("user_groups") as YamlSequenceNode
            ?? throw root.Error(root.Node, "user_groups", "'user_groups' must be a non-empty list of groups.");
        var groups = new List<UserGroupDefinition>();
        foreach (var item in node.Children)
        {
            var map = new YamlMap(item, file, "user group");
            var id = map.RequiredString("id");
            if (groups.Any(g => string.Equals(g.Id, id, StringComparison.Ordinal)))
            {
                throw map.Error(item, "id", $"user group '{id}' is defined twice.");
            }

            var questionnaire = map.RequiredString("questionnaire");
            var types = new HashSet<IncidentType>();
            foreach (var (value, n) in map.OptionalStringList("incident_types") ?? [])
            {
                if (!EnumCodes.TryParse<IncidentType>(value, out var t))
                {
                    throw map.Error(n, "incident_types", $"'{value}' is not an incident type; expected crime, hate_incident or asb.");
                }

                types.Add(t);
            }

            if (types.Count == 0)
            {
                throw map.Error(item, "incident_types", $"user group '{id}' needs at least one incident type.");
            }

            var codes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (value, _) in map.OptionalStringList("offence_codes") ?? [])
            {
                codes.Add(UserGroupDefinition.NormaliseOffenceCode(value));
            }

            var flags = CrimeFlags.None;
            foreach (var (value, n) in map.OptionalStringList("required_flags") ?? [])
            {
                if (!EnumCodes.TryParse<CrimeFlags>(value, out var f) && f != CrimeFlags.None)
                {
                    throw map.Error(n, "required_flags", $"'{value}' is not a flag name.");
                }

                flags |= f;
            }

            map.RejectUnknownKeys();
            groups.Add(new UserGroupDefinition(id, questionnaire, types, codes, flags));
        }

        if (groups.Count == 0)
        {
            throw root.Error(node, "user_groups", "'user_groups' must not be empty.");
        }

        return groups;
    }

    private static FieldworkWindow ParseWindow(YamlMap root, string file)
    {
        var node = root.Get("fieldwork_window");
        if (node is null)
        {
            return FieldworkWindow.Default;
        }

        var map = new YamlMap(node, file, "fieldwork_window");
        var fromWeeks = map.OptionalInt("from_weeks", 0, 104);
        var toWeeks = map.OptionalInt("to_weeks", 0, 104);
        var fromDays = map.OptionalInt("from_days", 0, 730) ?? fromWeeks * 7 ?? FieldworkWindow.Default.MinDays;
        var toDays = map.OptionalInt("to_days", 0, 730) ?? toWeeks * 7 ?? FieldworkWindow.Default.MaxDays;
        map.RejectUnknownKeys();
        if (toDays < fromDays)
        {
            throw map.Error(node, "fieldwork_window", string.Create(CultureInfo.InvariantCulture, $"the window ends ({toDays} days) before it starts ({fromDays} days)."));
        }

        return new FieldworkWindow(fromDays, toDays);
    }

    private static List<string> ParseExclusions(YamlMap root)
    {
        var list = root.OptionalStringList("exclusions");
        if (list is null)
        {
            return [.. ReasonCodes.ConfigurableExclusions.Where(c => c != ReasonCodes.Vulnerable)];
        }

        var result = new List<string>();
        foreach (var (value, n) in list)
        {
            if (!ReasonCodes.ConfigurableExclusions.Contains(value, StringComparer.Ordinal))
            {
                throw root.Error(n, "exclusions", $"'{value}' is not an exclusion rule; expected one of: {string.Join(", ", ReasonCodes.ConfigurableExclusions)}.");
            }

            if (result.Contains(value, StringComparer.Ordinal))
            {
                throw root.Error(n, "exclusions", $"'{value}' is listed twice.");
            }

            result.Add(value);
        }

        return result;
    }

    private static List<StratumDimension> ParseStrata(YamlMap root)
    {
        var list = root.OptionalStringList("strata");
        if (list is null)
        {
            return [StratumDimension.UserGroup, StratumDimension.Division];
        }

        var result = new List<StratumDimension>();
        foreach (var (value, n) in list)
        {
            var dim = value switch
            {
                "user_group" => StratumDimension.UserGroup,
                "division" => StratumDimension.Division,
                _ => throw root.Error(n, "strata", $"'{value}' is not a stratum variable; expected user_group or division."),
            };
            if (result.Contains(dim))
            {
                throw root.Error(n, "strata", $"'{value}' is listed twice.");
            }

            result.Add(dim);
        }

        return result;
    }

    private static SelectionMethod ParseSelection(YamlMap root)
    {
        var node = root.Get("selection");
        var value = root.OptionalString("selection");
        return value switch
        {
            null => SelectionMethod.SimpleRandom,
            "srswor" => SelectionMethod.SimpleRandom,
            "systematic" => SelectionMethod.Systematic,
            "poisson" => SelectionMethod.Poisson,
            _ => throw root.Error(node!, "selection", $"'{value}' is not a selection method; expected srswor, systematic or poisson."),
        };
    }

    private static AllocationOptions ParseAllocation(YamlMap root, string file, List<UserGroupDefinition> groups)
    {
        var node = root.Get("allocation");
        if (node is null)
        {
            return new AllocationOptions();
        }

        var map = new YamlMap(node, file, "allocation");
        var methodNode = map.Get("method");
        var method = map.OptionalString("method") switch
        {
            null => AllocationMethod.TargetPrecision,
            "census" => AllocationMethod.Census,
            "proportional" => AllocationMethod.Proportional,
            "equal" => AllocationMethod.Equal,
            "neyman" => AllocationMethod.Neyman,
            "target_precision" => AllocationMethod.TargetPrecision,
            var other => throw map.Error(methodNode!, "method", $"'{other}' is not an allocation method; expected census, proportional, equal, neyman or target_precision."),
        };
        var defaults = new AllocationOptions();
        var sampleSize = map.OptionalInt("sample_size", 0, 10_000_000);
        if (sampleSize is null && method is AllocationMethod.Proportional or AllocationMethod.Equal or AllocationMethod.Neyman)
        {
            throw map.Error(node, "sample_size", "proportional, equal and neyman allocation need 'sample_size' (cases per draw).");
        }

        var proportions = new Dictionary<string, double>(StringComparer.Ordinal);
        if (map.Get("expected_proportions") is { } propsNode)
        {
            var props = new YamlMap(propsNode, file, "expected_proportions");
            foreach (var g in groups)
            {
                if (props.Get(g.Id) is { } pn)
                {
                    proportions[g.Id] = props.ReadDouble(pn, g.Id, 0, 0.999_999);
                }
            }

            props.RejectUnknownKeys();
        }

        var result = new AllocationOptions
        {
            Method = method,
            SampleSize = sampleSize ?? 0,
            ExpectedProportions = proportions,
            DefaultExpectedProportion = map.OptionalDouble("expected_proportion", 0, 0.999_999) ?? defaults.DefaultExpectedProportion,
            TargetHalfWidth = map.OptionalDouble("target_half_width", 0, 0.5) ?? defaults.TargetHalfWidth,
            ConfidenceLevel = map.OptionalDouble("confidence_level", 0, 0.999_999) ?? defaults.ConfidenceLevel,
            ResponseRate = map.OptionalDouble("response_rate", 0, 1) ?? defaults.ResponseRate,
            DesignEffect = map.OptionalDouble("design_effect", 0, 100) ?? defaults.DesignEffect,
            DrawsPerYear = map.OptionalInt("draws_per_year", 1, 366) ?? defaults.DrawsPerYear,
            MaxPerStratum = map.OptionalInt("max_per_stratum", 0, 10_000_000),
            MaxPerDraw = map.OptionalInt("max_per_draw", 0, 10_000_000),
        };
        map.RejectUnknownKeys();
        return result;
    }
}
