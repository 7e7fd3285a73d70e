using Microsoft.Extensions.Time.Testing;
using Satisfaction.Application.Sampling;
using Satisfaction.Core;

namespace Satisfaction.Application.Tests.Sampling;

public sealed class SampleExportServiceTests
{
    [Fact]
    public async Task WriteAsync_LatestDraw_RowsWithoutPhoneNumbers()
    {
        using var store = new SamplingStore();
        store.AddEligible(100);
        long drawId;
        using (var db = store.Open())
        {
            var run = await new SampleDrawService(db, new FakeTimeProvider()).RunAsync(new SampleRunRequest(SamplingStore.AsOf, 3, false, SamplingStore.Programmes()), CancellationToken.None);
            drawId = run.DrawId!.Value;
        }

        using var db2 = store.Open();
        var service = new SampleExportService(db2);
        var id = await service.ResolveDrawAsync("latest", CancellationToken.None);
        using var writer = new StringWriter();
        var count = await service.WriteAsync(id, writer, CancellationToken.None);

        var lines = writer.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(drawId, id);
        Assert.Equal(SampleExportService.Header, lines[0]);
        Assert.Equal(count + 1, lines.Length);
        Assert.True(count > 0);
        var cells = lines[1].Split(',');
        Assert.Equal(11, cells.Length);
        Assert.Equal("false", cells[10]); // burglaries are never ASB repeat locations
        Assert.Equal(drawId.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[1]);
        Assert.Equal("uss", cells[4]);
        Assert.Equal($"{cells[5]}/{cells[6]}", cells[7]);
        Assert.Equal(1 / double.Parse(cells[8], System.Globalization.CultureInfo.InvariantCulture), double.Parse(cells[9], System.Globalization.CultureInfo.InvariantCulture), 12);
        Assert.DoesNotContain("+44", writer.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("7700900123", writer.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Test Person", writer.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("latest", "there is no completed draw yet")]
    [InlineData("42", "draw 42 does not exist")]
    [InlineData("abc", "--draw 'abc' is not a draw id")]
    public async Task ResolveDrawAsync_Bad_UserError(string draw, string message)
    {
        using var store = new SamplingStore();
        using var db = store.Open();

        var ex = await Assert.ThrowsAsync<InvalidInputException>(() => new SampleExportService(db).ResolveDrawAsync(draw, CancellationToken.None));

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }
}
