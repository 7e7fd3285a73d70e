namespace Satisfaction.Cli.Tests;

/// <summary>Exit code and captured streams of one CLI run.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error);
