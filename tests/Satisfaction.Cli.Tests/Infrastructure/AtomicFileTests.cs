using Satisfaction.Cli.Infrastructure;

namespace Satisfaction.Cli.Tests.Infrastructure;

public sealed class AtomicFileTests
{
    [Fact]
    public void AtomicFile_FailedWrite_LeavesNoFile()
    {
        var folder = Directory.CreateTempSubdirectory();
        var target = Path.Combine(folder.FullName, "out.csv");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(target, w =>
        {
            w.Write("partial");
            throw new InvalidOperationException("boom");
        }));

        Assert.Empty(Directory.GetFiles(folder.FullName));
        folder.Delete(true);
    }
}
