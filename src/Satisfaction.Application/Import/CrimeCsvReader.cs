using System.Globalization;
using CsvHelper;
using Satisfaction.Core.Crimes;
using Satisfaction.Core.Phones;
using Satisfaction.Core.Time;
using Satisfaction.Core;
using Satisfaction.Data;

namespace Satisfaction.Application.Import;

/// <summary>
/// Streams the recorded-crime extract one row at a time (CsvHelper's parser): valid rows are yielded,
/// bad rows are collected in <see cref="Errors"/> with line, column and reason, and never yielded.
/// Pure parsing: no store, no clock.
/// </summary>
/// <remarks>
/// The header is required and must hold every column of <see cref="CrimeCsvColumns.Required"/> plus
/// victim_age or victim_dob, in any order and any letter case; other columns are ignored and listed in
/// <see cref="IgnoredColumns"/>. A row must have exactly as many fields as the header. A control character
/// (C0, DEL, C1, or a bidirectional override) in a column the reader uses is refused with its line, column and
/// position; the one exception is a line break inside a quoted <c>location_id</c> (free text such as an address).
/// Lengths come from <see cref="RecordedCrimeLimits"/>. Memory stays flat except for the duplicate check
/// (<see cref="CrimeCsvReaderOptions.DetectDuplicateRefs"/>).
/// </remarks>
public sealed class CrimeCsvReader : IDisposable
{
    private const int MaxCrimeRef = RecordedCrimeLimits.CrimeRef;
    private const int MaxVictimId = RecordedCrimeLimits.VictimId;
    private const int MaxLocationId = RecordedCrimeLimits.LocationId;
    private const int MaxDivision = RecordedCrimeLimits.DivisionCode;
    private const int MaxOffenceCode = RecordedCrimeLimits.OffenceCode;

    // What a header that names none of the columns is shown as, at most (a binary file has a long first "line").
    private const int MaxHeaderShown = 200;

    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
    ];

    private static readonly string[] OffsetFormats = LocalFormats.Select(f => f + "K").ToArray();

    private readonly CsvReader _csv;
    private readonly string _file;
    private readonly CrimeCsvReaderOptions _options;
    private readonly HashSet<string>? _seenRefs;
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _ignored = [];
    private (string Name, int Index)[] _checked = [];

    /// <summary>Opens the reader over <paramref name="reader"/>; call <see cref="ReadHeader"/> first.</summary>
    /// <param name="reader">The file's text; disposed with this reader.</param>
    /// <param name="file">File name for messages.</param>
    /// <param name="options">Limits and time policies.</param>
    public CrimeCsvReader(TextReader reader, string file, CrimeCsvReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _file = file ?? throw new ArgumentNullException(nameof(file));
        _options = options ?? new CrimeCsvReaderOptions();
        Errors = new ImportErrorList(_options.MaxErrors);
        _seenRefs = _options.DetectDuplicateRefs ? new HashSet<string>(StringComparer.Ordinal) : null;
        var csvOptions = new CsvReaderOptions
        {
            HasHeader = true,
            // The extract is comma-separated: no guessing from the first lines, so a semicolon export is named as such.
            Separator = ',',
            DetectSeparatorHint = false,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            IncludeValuesInExceptions = false,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = OnMalformed,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        _csv = CsvReader.Create(reader, csvOptions, false);
    }

    /// <summary>Bad rows found so far.</summary>
    public ImportErrorList Errors { get; }

    /// <summary>Header columns this reader does not use (kept out of the store).</summary>
    public IReadOnlyList<string> IgnoredColumns => _ignored;

    /// <summary>Data rows read so far, good and bad.</summary>
    public long RowsRead { get; private set; }

    /// <summary>Reads and checks the header.</summary>
    /// <exception cref="InvalidInputException">
    /// No header, a duplicated column (names compared ignoring case), missing required columns (all named), or a
    /// header with none of the expected names (what it holds is shown, with a hint when it looks like another separator).
    /// </exception>
    public void ReadHeader()
    {
        _csv.ReadHeader();
        if (_csv.Headers.Count == 0 || (_csv.Headers.Count == 1 && string.IsNullOrWhiteSpace(_csv.Headers[0])))
        {
            throw InvalidInputException.At(_file, 1, null, "the file is empty: a header row is required");
        }

        for (var i = 0; i < _csv.Headers.Count; i++)
        {
            var name = _csv.Headers[i].Trim().TrimStart('\uFEFF');
            if (!_columns.TryAdd(name, i))
            {
                throw InvalidInputException.At(_file, 1, name, "the column appears twice in the header");
            }

            if (!CrimeCsvColumns.Known.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                _ignored.Add(name);
            }
        }

        if (_ignored.Count == _columns.Count)
        {
            throw InvalidInputException.At(_file, 1, null, NoExpectedColumns(_csv.Headers));
        }

        _checked = [.. _columns.Where(c => CrimeCsvColumns.Known.Contains(c.Key, StringComparer.OrdinalIgnoreCase)).Select(c => (CanonicalName(c.Key), c.Value))];

        var missing = CrimeCsvColumns.Required.Where(c => !_columns.ContainsKey(c)).ToList();
        if (!_columns.ContainsKey(CrimeCsvColumns.VictimAge) && !_columns.ContainsKey(CrimeCsvColumns.VictimDob))
        {
            missing.Add($"{CrimeCsvColumns.VictimAge} (or {CrimeCsvColumns.VictimDob})");
        }

        if (missing.Count > 0)
        {
            throw InvalidInputException.At(_file, 1, null, $"missing required column(s): {string.Join(", ", missing)}");
        }
    }

    /// <summary>Yields the valid rows, in file order; bad rows go to <see cref="Errors"/>.</summary>
    public IEnumerable<CrimeCsvRow> ReadRows()
    {
        if (_columns.Count == 0)
        {
            ReadHeader();
        }

        while (_csv.Read())
        {
            RowsRead++;
            var line = _csv.LineNumber;
            var before = Errors.Count;
            var row = ParseRow(line);
            if (row is not null && Errors.Count == before)
            {
                yield return row;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _csv.Dispose();

    private void OnMalformed(CsvMalformedRecord record)
    {
        RowsRead++;
        var reason = record.Reason switch
        {
            CsvMalformedReason.UnterminatedQuote => "malformed CSV: a quoted field is never closed (the rest of the file is unreadable)",
            CsvMalformedReason.StrayQuote => "malformed CSV: a quote inside an unquoted field",
            CsvMalformedReason.TextAfterClosingQuote => "malformed CSV: text after a closing quote",
            _ => $"malformed CSV ({record.Reason})",
        };
        Errors.Add(record.LineNumber, null, reason);
    }

    private string Field(string column) =>
        _columns.TryGetValue(column, out var index) && index < _csv.FieldCount ? _csv.GetString(index) : string.Empty;

    private CrimeCsvRow? ParseRow(long line)
    {
        var ok = true;
        void Fail(string column, string reason)
        {
            Errors.Add(line, column, reason);
            ok = false;
        }

        if (_csv.FieldCount < _columns.Count)
        {
            Errors.Add(line, null, string.Create(CultureInfo.InvariantCulture, $"the row has {_csv.FieldCount} fields; the header has {_columns.Count}"));
            return null;
        }

        if (_csv.FieldCount > _columns.Count)
        {
            Errors.Add(line, null, string.Create(CultureInfo.InvariantCulture,
                $"the row has {_csv.FieldCount} fields; the header has {_columns.Count} (a value holding a comma must be in double quotes)"));
            return null;
        }

        if (!ControlCharactersAbsent(line))
        {
            return null;
        }

        var crimeRef = Field(CrimeCsvColumns.CrimeRef);
        if (crimeRef.Length == 0)
        {
            Fail(CrimeCsvColumns.CrimeRef, "empty; every row needs a unique crime reference");
        }
        else if (crimeRef.Length > MaxCrimeRef)
        {
            Fail(CrimeCsvColumns.CrimeRef, $"'{crimeRef}' is longer than {MaxCrimeRef} characters");
        }
        else if (_seenRefs is not null && !_seenRefs.Add(crimeRef))
        {
            Fail(CrimeCsvColumns.CrimeRef, $"'{crimeRef}' appears earlier in the file; crime references must be unique");
        }

        var recordedText = Field(CrimeCsvColumns.RecordedAt);
        DateTimeOffset recordedAt = default;
        DateOnly recordedDate = default;
        if (!TryParseRecordedAt(recordedText, out recordedAt, out recordedDate, out var timeError))
        {
            Fail(CrimeCsvColumns.RecordedAt, timeError!);
        }

        var typeKnown = EnumCodes.TryParse<IncidentType>(Field(CrimeCsvColumns.IncidentType), out var incidentType);
        if (!typeKnown)
        {
            Fail(CrimeCsvColumns.IncidentType, $"'{Field(CrimeCsvColumns.IncidentType)}' is not one of: {string.Join(", ", EnumCodes.Codes<IncidentType>())}");
        }

        // Only a crime carries a Home Office offence code; for an ASB or non-crime hate incident the column holds
        // the force's own incident category (e.g. ASB-PERSONAL), kept as given. An unknown type is reported alone.
        var isCrime = typeKnown && incidentType == IncidentType.Crime;
        var offence = isCrime ? Field(CrimeCsvColumns.OffenceCode).ToUpperInvariant() : Field(CrimeCsvColumns.OffenceCode);
        if (offence.Length == 0 && isCrime && ok)
        {
            Fail(CrimeCsvColumns.OffenceCode, "empty; a crime needs its Home Office offence code (e.g. 28A, 37/2, 105A)");
        }
        else if (offence.Length > 0 && isCrime && !IsOffenceCode(offence))
        {
            Fail(CrimeCsvColumns.OffenceCode, $"'{offence}' is not a Home Office offence code (digits, optional letters, optional /digits, e.g. 28A, 37/2)");
        }
        else if (offence.Length > MaxOffenceCode)
        {
            Fail(CrimeCsvColumns.OffenceCode, string.Create(CultureInfo.InvariantCulture, $"'{offence}' is longer than {MaxOffenceCode} characters"));
        }

        var division = Field(CrimeCsvColumns.Division).ToUpperInvariant();
        if (division.Length == 0 || division.Length > MaxDivision)
        {
            Fail(CrimeCsvColumns.Division, $"'{division}' is not a division code (1 to {MaxDivision} characters)");
        }

        var victimId = Field(CrimeCsvColumns.VictimId);
        if (victimId.Length == 0 || victimId.Length > MaxVictimId)
        {
            Fail(CrimeCsvColumns.VictimId, $"'{victimId}' is not a victim id (1 to {MaxVictimId} characters)");
        }

        if (!EnumCodes.TryParse<VictimType>(Field(CrimeCsvColumns.VictimType), out var victimType))
        {
            Fail(CrimeCsvColumns.VictimType, $"'{Field(CrimeCsvColumns.VictimType)}' is not one of: {string.Join(", ", EnumCodes.Codes<VictimType>())}");
        }

        var (age, dob) = ParseAge(recordedDate, recordedText.Length > 0 && timeError is null, Fail);

        var location = Field(CrimeCsvColumns.LocationId);
        if (location.Length > MaxLocationId)
        {
            Fail(CrimeCsvColumns.LocationId, $"longer than {MaxLocationId} characters");
        }

        if (!CrimeFlagsText.TryParse(Field(CrimeCsvColumns.Flags), out var flags, out var unknownFlag))
        {
            Fail(CrimeCsvColumns.Flags, $"'{unknownFlag}' is not a known flag; expected any of: {string.Join(", ", EnumCodes.Codes<CrimeFlags>().Where(c => c != "none"))}");
        }

        if (!ok)
        {
            return null;
        }

        var phone = UkPhoneNumbers.Normalise(Field(CrimeCsvColumns.Phone));
        return new CrimeCsvRow(
            line, crimeRef, recordedAt, recordedDate, offence, incidentType, division, victimId, victimType,
            age, dob, phone, location.Length == 0 ? null : location, flags);
    }

    private (int? Age, DateOnly? Dob) ParseAge(DateOnly recordedDate, bool haveDate, Action<string, string> fail)
    {
        int? age = null;
        DateOnly? dob = null;
        var ageText = Field(CrimeCsvColumns.VictimAge);
        if (ageText.Length > 0)
        {
            if (int.TryParse(ageText, NumberStyles.None, CultureInfo.InvariantCulture, out var a) && a <= 130)
            {
                age = a;
            }
            else
            {
                fail(CrimeCsvColumns.VictimAge, $"'{ageText}' is not a whole number of years from 0 to 130");
            }
        }

        var dobText = Field(CrimeCsvColumns.VictimDob);
        if (dobText.Length > 0)
        {
            if (!DateOnly.TryParseExact(dobText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                fail(CrimeCsvColumns.VictimDob, $"'{dobText}' is not a date in the form yyyy-MM-dd");
            }
            else if (haveDate && d > recordedDate)
            {
                fail(CrimeCsvColumns.VictimDob, $"'{dobText}' is after the date recorded");
            }
            else
            {
                dob = d;
                if (haveDate)
                {
                    var computed = AgeAt(d, recordedDate);
                    if (age is { } given && Math.Abs(given - computed) > 1)
                    {
                        fail(CrimeCsvColumns.VictimAge, string.Create(CultureInfo.InvariantCulture, $"'{given}' does not match victim_dob (age {computed} at the report)"));
                    }

                }
            }
        }

        return (age, dob);
    }

    private bool TryParseRecordedAt(string text, out DateTimeOffset utc, out DateOnly localDate, out string? error)
    {
        utc = default;
        localDate = default;
        error = null;
        if (text.Length == 0)
        {
            error = "empty; expected an ISO 8601 date or date-time (UK local time), e.g. 2026-10-25 or 2026-10-25T14:30";
            return false;
        }

        if (text.Length > 16 && (text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10))
        {
            if (DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
            {
                utc = withOffset.ToUniversalTime();
                localDate = UkLocalTime.ToUkDate(utc);
                return true;
            }

            error = $"'{text}' is not an ISO 8601 date-time with offset (e.g. 2026-10-25T01:30:00+01:00)";
            return false;
        }

        DateTime local;
        if (text.Length == 10)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                error = $"'{text}' is not a date in the form yyyy-MM-dd";
                return false;
            }

            local = date.ToDateTime(TimeOnly.MinValue);
        }
        else if (!DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out local))
        {
            error = $"'{text}' is not an ISO 8601 date or date-time (e.g. 2026-10-25 or 2026-10-25T14:30)";
            return false;
        }

        if (!UkLocalTime.TryToUtc(local, _options.SkippedTimes, _options.AmbiguousTimes, out utc, out error))
        {
            return false;
        }

        localDate = DateOnly.FromDateTime(local);
        return true;
    }

    /// <summary>Reports every used column holding a control character; true when there is none.</summary>
    private bool ControlCharactersAbsent(long line)
    {
        var clean = true;
        foreach (var (name, index) in _checked)
        {
            // Fast path, no string: the reader holds fields as UTF-8, and printable ASCII holds no control character.
            if (!_csv.GetSpan(index).ContainsAnyExceptInRange((byte)0x20, (byte)0x7E))
            {
                continue;
            }

            var value = _csv.GetString(index);
            var at = FieldText.IndexOfControl(value, allowLineBreaks: string.Equals(name, CrimeCsvColumns.LocationId, StringComparison.Ordinal));
            if (at >= 0)
            {
                Errors.Add(line, name, string.Create(CultureInfo.InvariantCulture,
                    $"control character {FieldText.Describe(value[at])} at character {at + 1} of the value; control characters (escape sequences, tabs, line breaks) are not allowed"));
                clean = false;
            }
        }

        return clean;
    }

    private static string CanonicalName(string name) =>
        CrimeCsvColumns.Known.First(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));

    private static string NoExpectedColumns(IReadOnlyList<string> headers)
    {
        var held = string.Join(",", headers);
        var shown = held.Length > MaxHeaderShown ? held[..MaxHeaderShown] + "..." : held;
        var expected = string.Join(", ", CrimeCsvColumns.Required.Take(4));
        var hint = headers.Count != 1 ? "is it a recorded-crime extract with a header row?"
            : held.Contains(';', StringComparison.Ordinal) ? "is the file semicolon-separated? Save it comma-separated (CSV)."
            : held.Contains('\t', StringComparison.Ordinal) ? "is the file tab-separated? Save it comma-separated (CSV)."
            : held.Contains('|', StringComparison.Ordinal) ? "is the file pipe-separated? Save it comma-separated (CSV)."
            : "is it a recorded-crime extract with a header row?";
        return $"the header has none of the expected columns ({expected}, ...); it holds: {shown}; {hint}";
    }

    private static bool IsOffenceCode(string code)
    {
        var i = 0;
        while (i < code.Length && char.IsAsciiDigit(code[i]))
        {
            i++;
        }

        if (i is 0 or > 3)
        {
            return false;
        }

        var letters = 0;
        while (i < code.Length && char.IsAsciiLetterUpper(code[i]))
        {
            i++;
            letters++;
        }

        if (letters > 2 || code.Length > MaxOffenceCode)
        {
            return false;
        }

        if (i == code.Length)
        {
            return true;
        }

        if (code[i] != '/' || i + 1 == code.Length)
        {
            return false;
        }

        return code.AsSpan(i + 1).Length <= 2 && !code.AsSpan(i + 1).ContainsAnyExceptInRange('0', '9');
    }

    private static int AgeAt(DateOnly dateOfBirth, DateOnly on)
    {
        var age = on.Year - dateOfBirth.Year;
        if (on < dateOfBirth.AddYears(age))
        {
            age--;
        }

        return age;
    }
}
