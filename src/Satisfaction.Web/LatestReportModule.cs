using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Satisfaction.Reporting;

namespace Satisfaction.Web;

/// <summary>
/// <c>GET /reports/latest</c>: the <c>report.html</c> written last (by file time) in <see cref="ReportsOptions.Folder"/>
/// or any folder below it, as <c>text/html; charset=utf-8</c>; looked up on every request, so a report written while
/// the service runs is shown at once. 404 with a plain-text sentence saying why when there is none.
/// </summary>
public sealed class LatestReportModule : IEndpointModule
{
    /// <summary>The report file name <c>satisfaction report</c> writes.</summary>
    public const string ReportFile = "report.html";

    /// <inheritdoc />
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/reports/latest", (IOptions<ReportsOptions> options) => Latest(options.Value));

    /// <summary>The response for the folder's state now.</summary>
    internal static IResult Latest(ReportsOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Folder))
        {
            return NotFound("No report folder is configured: set Reports:Folder and write reports into it with 'satisfaction report --as-of DATE --out FOLDER/NAME'.");
        }

        var folder = Path.GetFullPath(options.Folder);
        FileInfo? latest = null;
        if (Directory.Exists(folder))
        {
            latest = new DirectoryInfo(folder)
                .EnumerateFiles(ReportFile, new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MaxRecursionDepth = 8 })
                .MaxBy(f => f.LastWriteTimeUtc);
        }

        return latest is null
            ? NotFound($"No report has been written yet in the report folder (Reports:Folder); write one with 'satisfaction report --as-of DATE --out {options.Folder.TrimEnd('/', '\\')}/NAME'.")
            : Results.File(latest.FullName, "text/html; charset=utf-8", lastModified: latest.LastWriteTimeUtc);
    }

    private static IResult NotFound(string message) => Results.Text(message + "\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
}
