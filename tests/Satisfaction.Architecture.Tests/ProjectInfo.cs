namespace Satisfaction.Architecture.Tests;

/// <summary>A project of the repository: its name, top folder (src, tools, tests), path and the projects it references.</summary>
internal sealed record ProjectInfo(string Name, string Folder, string RelativePath, IReadOnlyList<string> References);
