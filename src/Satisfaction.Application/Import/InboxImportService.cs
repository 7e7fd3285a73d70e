using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Satisfaction.Core;
using Satisfaction.Data;
using Satisfaction.Data.Entities;

namespace Satisfaction.Application.Import;

/// <summary>
/// The <c>import-inbox</c> use case: imports every new extract in <c>Import:Inbox</c> once per content. The file's
/// SHA-256 is recorded in <c>inbox_files</c> in the import's own transaction, so a crash leaves either both or
/// neither; a file whose content was imported before is only moved. Then the file goes to <c>processed/</c>, or to
/// <c>failed/</c> with <c>NAME.errors.txt</c> beside it (FILE:LINE: column: reason per bad row).
/// </summary>
public sealed class InboxImportService(SatisfactionDbContext db, CrimeImporter importer, IOptions<ImportOptions> options, TimeProvider time, ILogger<InboxImportService> logger)
{
    /// <summary>Name of the folder (inside the inbox) for imported files.</summary>
    public const string ProcessedFolder = "processed";

    /// <summary>Name of the folder (inside the inbox) for refused files and their error lists.</summary>
    public const string FailedFolder = "failed";

    /// <summary>Deals with every <c>*.csv</c> at the top of the inbox, in name order.</summary>
    public async Task<InboxRunResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var inbox = options.Value.Inbox;
        if (string.IsNullOrWhiteSpace(inbox))
        {
            logger.LogInformation("Import:Inbox is not set; nothing to import");
            return new InboxRunResult(0, 0, 0, 0);
        }

        Directory.CreateDirectory(inbox);
        var processed = Directory.CreateDirectory(Path.Combine(inbox, ProcessedFolder)).FullName;
        var failed = Directory.CreateDirectory(Path.Combine(inbox, FailedFolder)).FullName;
        int imported = 0, already = 0, refused = 0;
        long rows = 0;
        foreach (var file in Directory.GetFiles(inbox, "*.csv").Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileName(file);
            var hash = await HashAsync(file, cancellationToken).ConfigureAwait(false);
            var known = await db.InboxFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Sha256 == hash, cancellationToken).ConfigureAwait(false);
            if (known is { Outcome: "imported" })
            {
                logger.LogInformation("{File}: content already imported (as {Earlier}); moved to processed/", name, known.FileName);
                Move(file, processed, hash);
                already++;
                continue;
            }

            var (result, errors) = await ImportAsync(file, name, hash, cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            if (result is { Committed: true })
            {
                logger.LogInformation("{File}: imported {Rows} rows ({Inserted} inserted, {Updated} updated)", name, result.Rows, result.Inserted, result.Updated);
                Move(file, processed, hash);
                imported++;
                rows += result.Rows;
                continue;
            }

            logger.LogWarning("{File}: refused with {Count} error(s); moved to failed/ with its error list", name, errors.Count);
            var target = Move(file, failed, hash);
            await File.WriteAllLinesAsync(target + ".errors.txt", errors, cancellationToken).ConfigureAwait(false);
            await RecordFailureAsync(known, hash, name, result?.Rows ?? 0, errors, cancellationToken).ConfigureAwait(false);
            refused++;
        }

        return new InboxRunResult(imported, already, refused, rows);
    }

    private async Task<(CrimeImportResult? Result, IReadOnlyList<string> Errors)> ImportAsync(string file, string name, string hash, CancellationToken cancellationToken)
    {
        try
        {
            using var reader = CrimeExtractText.Open(file, name, CrimeExtractEncoding.Utf8);
            var result = await importer.ImportAsync(reader, name, null, "job:import-inbox", (context, r) => context.InboxFiles.Add(new InboxFile
            {
                Sha256 = hash,
                FileName = Shorten(name, 255),
                Outcome = "imported",
                Rows = (int)Math.Min(int.MaxValue, r.Rows),
                Details = string.Create(CultureInfo.InvariantCulture, $"inserted={r.Inserted} updated={r.Updated} unchanged={r.Unchanged}"),
                At = time.GetUtcNow(),
            }), cancellationToken).ConfigureAwait(false);
            return (result, result.Committed ? [] : result.Errors.Format(name));
        }
        catch (InvalidInputException ex)
        {
            return (null, [ex.Message]);
        }
    }

    private async Task RecordFailureAsync(InboxFile? known, string hash, string name, long rowsRead, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var row = known is null ? new InboxFile { Sha256 = hash } : await db.InboxFiles.SingleAsync(f => f.Id == known.Id, cancellationToken).ConfigureAwait(false);
        row.FileName = Shorten(name, 255);
        row.Outcome = "failed";
        row.Rows = (int)Math.Min(int.MaxValue, rowsRead);
        row.Details = Shorten(string.Create(CultureInfo.InvariantCulture, $"{errors.Count} error(s); see failed/{name}.errors.txt"), 2000);
        row.At = time.GetUtcNow();
        if (known is null)
        {
            db.InboxFiles.Add(row);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
    }

    /// <summary>Moves <paramref name="file"/> into <paramref name="folder"/>; a name already taken there gets the hash's first 12 digits added.</summary>
    private static string Move(string file, string folder, string hash)
    {
        var target = Path.Combine(folder, Path.GetFileName(file));
        if (File.Exists(target))
        {
            target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(file)}.{hash[..12]}{Path.GetExtension(file)}");
        }

        File.Move(file, target, overwrite: true);
        return target;
    }

    private static async Task<string> HashAsync(string file, CancellationToken cancellationToken)
    {
        var stream = File.OpenRead(file);
        await using (stream.ConfigureAwait(false))
        {
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
        }
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max];
}
