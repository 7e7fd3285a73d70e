using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Satisfaction.Application.Rates;
using Satisfaction.Cli.Infrastructure;
using Satisfaction.Core.Rates;
using Satisfaction.Core.Text;
using Spectre.Console;
using Spectre.Console.Cli;
using static Satisfaction.Application.Statistics.JsonFields;

namespace Satisfaction.Cli.Commands.Rates;

/// <summary>
/// <c>satisfaction rates [--programme P] [--by programme|channel|month|handler] [-e|--eligible-share E] [--format table|json|csv]</c>:
/// AAPOR response, cooperation, refusal and contact rates from the dispositions in the store.
/// </summary>
public sealed class RatesCommand(CliHost host, ResponseRatesService rates) : AsyncCommand<RatesCommand.Settings>
{
    private static readonly string[] RateNames = ["RR1", "RR2", "RR3", "RR4", "RR5", "RR6", "COOP1", "COOP2", "COOP3", "COOP4", "REF1", "REF2", "REF3", "CON1", "CON2", "CON3"];

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var grouping = Enum.Parse<RatesGrouping>(settings.By, ignoreCase: true);
        var rows = await rates.ComputeAsync(grouping, settings.Programme, settings.E, cancellationToken).ConfigureAwait(false);
        switch (settings.Format)
        {
            case "json":
                host.Out.Write(Json(rows));
                break;
            case "csv":
                host.Out.Write(Csv(rows));
                break;
            default:
                PrintTable(rows);
                break;
        }

        return ExitCodes.Ok;
    }

    private static double?[] Values(OutcomeRateSet r) =>
        [r.RR1, r.RR2, r.RR3, r.RR4, r.RR5, r.RR6, r.COOP1, r.COOP2, r.COOP3, r.COOP4, r.REF1, r.REF2, r.REF3, r.CON1, r.CON2, r.CON3];

    private static string Json(IReadOnlyList<ResponseRatesRow> rows)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                var t = row.Rates.Totals;
                json.WriteStartObject();
                json.WriteString("programme", row.Programme);
                json.WriteString("by", row.By);
                json.WriteString("group", row.Group);
                json.WriteNumber("cases", row.Cases);
                json.WriteStartObject("totals");
                json.WriteNumber("I", t.I);
                json.WriteNumber("P", t.P);
                json.WriteNumber("R", t.R);
                json.WriteNumber("NC", t.NC);
                json.WriteNumber("O", t.O);
                json.WriteNumber("UH", t.UH);
                json.WriteNumber("UO", t.UO);
                json.WriteNumber("NE", t.NE);
                json.WriteEndObject();
                Number(json, "e", row.Rates.E);
                json.WriteString("e_basis", row.Rates.EBasis);
                var values = Values(row.Rates);
                for (var i = 0; i < RateNames.Length; i++)
                {
                    Number(json, RateNames[i], values[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string Csv(IReadOnlyList<ResponseRatesRow> rows)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder("programme,by,group,cases,I,P,R,NC,O,UH,UO,NE,e,e_basis," + string.Join(',', RateNames) + "\n");
        foreach (var row in rows)
        {
            var t = row.Rates.Totals;
            text.Append(CsvRecordReader.Escape(row.Programme)).Append(',').Append(row.By).Append(',').Append(CsvRecordReader.Escape(row.Group)).Append(',')
                .Append(string.Create(inv, $"{row.Cases},{t.I},{t.P},{t.R},{t.NC},{t.O},{t.UH},{t.UO},{t.NE},"))
                .Append(row.Rates.E is { } e ? e.ToString("R", inv) : string.Empty).Append(',')
                .Append(CsvRecordReader.Escape(row.Rates.EBasis));
            foreach (var value in Values(row.Rates))
            {
                text.Append(',').Append(value is { } v ? v.ToString("R", inv) : string.Empty);
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private void PrintTable(IReadOnlyList<ResponseRatesRow> rows)
    {
        if (rows.Count == 0)
        {
            host.Out.WriteLine("no cases in the store: nothing to rate.");
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "programme", rows[0].By, "cases", "I", "P", "RR1", "RR3", "COOP1", "REF1", "CON1", "e" })
        {
            table.AddColumn(new TableColumn(column));
        }

        static string Pct(double? v) => v is { } x ? (100 * x).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-";
        foreach (var row in rows)
        {
            var r = row.Rates;
            table.AddRow(
                Markup.Escape(TerminalText.Safe(row.Programme)),
                Markup.Escape(TerminalText.Safe(row.Group)),
                row.Cases.ToString(inv),
                r.Totals.I.ToString(inv),
                r.Totals.P.ToString(inv),
                Pct(r.RR1),
                Pct(r.RR3),
                Pct(r.COOP1),
                Pct(r.REF1),
                Pct(r.CON1),
                r.E is { } e ? e.ToString("0.000", inv) : "-");
        }

        host.Console.Write(table);
        host.Out.WriteLine("AAPOR Standard Definitions; every rate in --format json or csv. e: " + (rows[0].Rates.EBasis.StartsWith("e = ", StringComparison.Ordinal) && rows.All(r => r.Rates.EBasis == rows[0].Rates.EBasis)
            ? rows[0].Rates.EBasis
            : "estimated per row as the eligible share of the cases whose eligibility is known, (I+P+R+NC+O) / (I+P+R+NC+O+NE)") + ".");
        host.Out.WriteLine("A case counts with its final disposition; an open case with the most informative disposition of its attempts so far; a case never attempted as 3.11.");
    }

    /// <summary>Options of <c>rates</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>Only this programme.</summary>
        [CommandOption("--programme <CODE>")]
        [Description("Only this programme: uss, asb or rdd_confidence (default: every programme).")]
        public string? Programme { get; init; }

        /// <summary>The grouping within each programme.</summary>
        [CommandOption("--by <GROUPING>")]
        [Description("programme (default), channel, month or handler.")]
        public string By { get; init; } = "programme";

        /// <summary>e, given.</summary>
        [CommandOption("-e|--eligible-share <E>")]
        [Description("The share of unknown-eligibility cases taken as eligible, 0 to 1 (default: estimated per row from the cases of known eligibility).")]
        public double? E { get; init; }

        /// <summary>Output format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("table (default), json or csv.")]
        public string Format { get; init; } = "table";

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (!Enum.TryParse<RatesGrouping>(By, ignoreCase: true, out _) || int.TryParse(By, out _))
            {
                return ValidationResult.Error($"--by '{By}' is not one of: programme, channel, month, handler.");
            }

            if (E is { } e && (!double.IsFinite(e) || e < 0 || e > 1))
            {
                return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--eligible-share (e) {e} must be a number from 0 to 1."));
            }

            return Format is "table" or "json" or "csv"
                ? ValidationResult.Success()
                : ValidationResult.Error($"--format '{Format}' is not one of: table, json, csv.");
        }
    }
}
