using System.Net;

namespace Satisfaction.Web.Tests;

/// <summary><c>GET /reports/latest</c> on the real <c>serve</c> process: 404 in plain text until a report exists, then the newest one as HTML.</summary>
public sealed class LatestReportTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "satisfaction-serve-tests", Guid.NewGuid().ToString("N"));

    public LatestReportTests() => Directory.CreateDirectory(_dir);

    [Fact]
    public async Task ReportsLatest_NoneThenTwo_Gives404ThenTheNewestAsHtml()
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "appsettings.json"), """
            {
              "Store": { "Path": "store.db" },
              "Reports": { "Folder": "reports" }
            }
            """);
        using var serve = ServeProcess.Start(_dir);
        await serve.WaitForHealthAsync(TimeSpan.FromSeconds(90));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var url = new Uri($"http://127.0.0.1:{serve.Port}/reports/latest");

        using (var none = await http.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
            Assert.Equal("text/plain", none.Content.Headers.ContentType?.MediaType);
            Assert.Contains("No report has been written yet", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var older = Write("2026-10-31", "<!DOCTYPE html><html><body><h1>October</h1></body></html>", new DateTime(2026, 11, 1, 2, 0, 0, DateTimeKind.Utc));
        var newer = Write("2026-11-30", "<!DOCTYPE html><html><body><h1>November £</h1></body></html>", new DateTime(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc));

        using var latest = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, latest.StatusCode);
        Assert.Equal("text/html", latest.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", latest.Content.Headers.ContentType?.CharSet);
        Assert.Equal(await File.ReadAllTextAsync(newer), await latest.Content.ReadAsStringAsync());
        serve.Stop();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private string Write(string name, string html, DateTime writtenUtc)
    {
        var folder = Path.Combine(_dir, "reports", name);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "report.html");
        File.WriteAllText(path, html);
        File.SetLastWriteTimeUtc(path, writtenUtc);
        return path;
    }
}
