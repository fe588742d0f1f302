using System.Globalization;
using System.Text.RegularExpressions;
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
        var figure = Regex.Match(output.ToString(), @"^3,000 articles: the index keeps [\d.,]+ MB of heap, ([\d,]+) bytes per article");
        Assert.True(figure.Success, output.ToString());
        Assert.InRange(int.Parse(figure.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture), 100, 10_000);
    }
}
