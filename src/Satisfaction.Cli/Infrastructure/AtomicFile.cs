using Satisfaction.Core;

namespace Satisfaction.Cli.Infrastructure;

/// <summary>
/// Writes an output file all or nothing: the content goes to a temporary file beside the target, which
/// replaces the target only when writing succeeded. A failed command leaves no partial file behind.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, atomically.</summary>
    /// <exception cref="InvalidInputException">The folder does not exist or cannot be written.</exception>
    public static void Write(string path, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new InvalidInputException($"{path}: the folder '{folder}' does not exist.");
        }

        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var writer = new StreamWriter(temp, append: false, new System.Text.UTF8Encoding(false)))
            {
                write(writer);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new InvalidInputException($"{path}: cannot be written ({ex.Message}).", ex);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>
    /// Sends output to <paramref name="path"/> atomically when given, else to <paramref name="fallback"/>
    /// (standard output). On stdout the content is buffered first, so an error prints nothing partial.
    /// </summary>
    public static void WriteOrPrint(string? path, TextWriter fallback, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        ArgumentNullException.ThrowIfNull(write);
        if (path is not null)
        {
            Write(path, write);
            return;
        }

        using var buffer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        write(buffer);
        fallback.Write(buffer.ToString());
        fallback.Flush();
    }
}
