using Pipeline.Console.Pages;
using Pipeline.Console.Storage;
using Pipeline.Core.Ingest;

namespace Pipeline.Console.Tests.Pages;

public class ArticlesChartTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Buckets_CountsArticlesByTheMinuteEachInputFinished()
    {
        InputSummary[] inputs =
        [
            Input(Start, 5_000, written: 3),
            Input(Start.AddSeconds(30), 1_000, written: 2),
            Input(Start.AddMinutes(2), 0, written: 4),
            Input(Start, 0, written: 0),
        ];

        var buckets = ArticlesChart.Buckets(inputs);

        Assert.Equal([(Start, 5), (Start.AddMinutes(1), 0), (Start.AddMinutes(2), 4)], buckets);
    }

    [Fact]
    public void Buckets_WidenToKeepAFewDaysReadable()
    {
        var buckets = ArticlesChart.Buckets([Input(Start, 0, 1), Input(Start.AddDays(2), 0, 1)]);

        Assert.True(buckets.Count <= 60);
        Assert.Equal(2, buckets.Sum(b => b.Articles));
    }

    private static InputSummary Input(DateTimeOffset started, double ms, int written) =>
        new("x", "processed", "text", new RecordCounts(written, 0, 0), null, started, ms, null, null);
}
