using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using Satisfaction.Cli.Infrastructure;

namespace Satisfaction.Cli.Tests;

/// <summary>Runs the CLI in-process in a temp working folder, capturing stdout and stderr.</summary>
public sealed class CliRun : IDisposable
{
    public CliRun(IDictionary<string, string?>? configuration = null)
    {
        WorkDir = Path.Combine(Path.GetTempPath(), "satisfaction-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(WorkDir);
        Configuration = new ConfigurationBuilder().AddInMemoryCollection(configuration ?? new Dictionary<string, string?>()).Build();
    }

    public string WorkDir { get; }

    public IConfiguration Configuration { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 28, 6, 0, 0, TimeSpan.Zero));

    public async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new CliHost(output, error, Time, Configuration, WorkDir));
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(WorkDir, recursive: true);
    }
}
