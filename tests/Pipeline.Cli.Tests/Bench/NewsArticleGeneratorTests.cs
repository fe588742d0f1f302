using Pipeline.Cli.Bench;

namespace Pipeline.Cli.Tests.Bench;

/// <summary>Generated bench dumps are the same on every run, so two runs of a bench measure the same input.</summary>
public sealed class NewsArticleGeneratorTests
{
    [Fact]
    public void Article_OfASeed_IsTheSameTextInEveryProcess()
    {
        // Pinned from one run: a per-process seed (HashCode) would give another title in the next test process.
        Assert.Equal(PinnedTitle, NewsArticleGenerator.Article(seed: 1, n: 0).Title);
    }

    [Fact]
    public void Article_DifferentNumbers_AreDifferentTexts()
    {
        Assert.NotEqual(NewsArticleGenerator.Article(1, 0).Paragraphs, NewsArticleGenerator.Article(1, 1).Paragraphs);
    }

    private const string PinnedTitle = "The school board approved changes to parking rules in Oakley";
}
