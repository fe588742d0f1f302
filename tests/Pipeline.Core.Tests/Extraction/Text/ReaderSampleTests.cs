using Pipeline.Core.Articles;
namespace Pipeline.Core.Tests.Extraction.Text;

/// <summary>The real reader-app dump in samples/: the expectations the pipeline was asked to meet.</summary>
public sealed class ReaderSampleTests
{
    private static readonly Pipeline.Core.Articles.ExtractedArticle Article =
        TextDumps.Extract(File.ReadAllText(RepositoryPaths.Sample));

    [Fact]
    public void Extract_ReadsHeadlinePublisherDateAndAuthor()
    {
        Assert.Equal("Russia and China pledge to maintain special relationship despite Moscow’s slow response to coronavirus", Article.Title);
        Assert.Equal("South China Morning Post", Article.Publisher);
        Assert.Equal("2020-02-16T10:02:00", Article.PublishedAt);
        Assert.Equal(["Liu Zhen"], Article.Authors);
    }

    [Fact]
    public void Extract_ReadsBothSummaryBullets()
    {
        Assert.Equal(2, Article.Summary.Count);
        Assert.StartsWith("The two countries have reaffirmed", Article.Summary[0]);
        Assert.StartsWith("Russian delays in sending help to Wuhan", Article.Summary[1]);
    }

    [Fact]
    public void Extract_KeepsEveryArticleParagraphOnceInOrder()
    {
        Assert.Equal(15, Article.Paragraphs.Count);
        Assert.StartsWith("China and Russia have promised", Article.Paragraphs[0]);
        Assert.StartsWith("Putin himself has written to Xi", Article.Paragraphs[^1]);
        Assert.Equal(Article.Paragraphs.Count, Article.Paragraphs.Distinct().Count());
        Assert.Contains(Article.Paragraphs, p => p.StartsWith("\"But my belief is that", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_DropsCaptionsRelatedHeadlinesPromoCopyrightAndCounters()
    {
        var body = string.Join("\n", Article.Paragraphs);
        Assert.DoesNotContain("Photo:", body);
        Assert.DoesNotContain("US partner countries buying arms", body);
        Assert.DoesNotContain("Pompeo warns", body);
        Assert.DoesNotContain("Purchase the China AI Report", body);
        Assert.DoesNotContain("Copyright", body);
        Assert.DoesNotContain("reaction icon", body);
        Assert.DoesNotContain("留言", body);
        Assert.DoesNotContain("0 0", body);
    }

    [Fact]
    public void Extract_NamesTheRuleOrStepThatRemovedEachBoilerplateLine()
    {
        string? ReasonFor(string start) => Article.Removed.Where(r => r.Text.StartsWith(start, StringComparison.Ordinal)).Select(r => r.Reason).FirstOrDefault();

        Assert.Equal(["photo-caption", "photo-caption"], Article.Removed.Where(r => r.Text.StartsWith("Russia had threatened", StringComparison.Ordinal)).Select(r => r.Reason));
        Assert.Equal("related-headline", ReasonFor("US partner countries buying arms"));
        Assert.Equal("related-headline", ReasonFor("Pompeo warns"));
        Assert.Equal("promo", ReasonFor("Purchase the China AI Report"));
        Assert.Equal("copyright-line", ReasonFor("Copyright (c) 2020"));
        Assert.Equal(6, Article.Removed.Count(r => r.Text == "reaction icon 0" && r.Reason == "counter-line"));
        Assert.Equal("counter-line", ReasonFor("留言 0"));
        Assert.Equal("counter-line", ReasonFor("0 0"));
    }

    [Fact]
    public void Extract_ListsNeitherKeptTextNorTheHeaderAsRemoved()
    {
        Assert.Equal(16, Article.Removed.Count);
        Assert.DoesNotContain(Article.Removed, r => Article.Paragraphs.Contains(r.Text) || r.Text == Article.Title || Article.Summary.Any(s => r.Text.Contains(s, StringComparison.Ordinal)));
    }
}
