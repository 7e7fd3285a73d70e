namespace Satisfaction.Application.Statistics;

/// <summary>A file a statistics use case reads: where it is and how messages name it.</summary>
/// <param name="Path">Full path to open.</param>
/// <param name="Name">The name as the user gave it, used in every message about the file.</param>
public sealed record DataFile(string Path, string Name)
{
    /// <summary>A file whose path is also its name in messages.</summary>
    public static DataFile Named(string path) => new(path, path);
}
