using System.Globalization;
using Pipeline.Cli.Commands;

namespace Pipeline.Cli.Tests.Commands;

public sealed class BenchCorpusCommandTests
{
    [Fact]
    public async Task Run_PrintsTheHeapTheCorpusCopyKeepsPerArticle()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);

        var exit = await BenchCorpusCommand.RunAsync(["--articles", "3000"], output, CancellationToken.None);

        Assert.Equal(0, exit);
        // The figure itself is the whole process's heap: other tests running beside this one move it, so only its shape is checked.
        Assert.Matches(@"^3,000 articles: the index keeps -?[\d.,]+ MB of heap, -?[\d,]+ bytes per article \(the claim log's [\d.,]+ MB left out\); [\d,]+ µs per claim", output.ToString());
    }
}
