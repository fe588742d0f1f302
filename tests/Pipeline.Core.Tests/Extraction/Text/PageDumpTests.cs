namespace Pipeline.Core.Tests.Extraction.Text;

/// <summary>Web pages dumped by text browsers: the article has to be found among menus, share bars, related links and footers.</summary>
public sealed class PageDumpTests
{
    private static readonly string[] ArticleOpenings =
    [
        "The city council voted on Tuesday night",
        "Under the plan, about sixty stalls",
        "“This building has been waiting",
        "Residents of the surrounding streets",
        "The conversion is expected to cost",
        "Traders who want a stall can apply",
    ];

    [Theory]
    [InlineData("lynx-tram-depot.txt")]
    [InlineData("w3m-tram-depot.txt")]
    public void Extract_KeepsExactlyTheArticleParagraphsInOrder(string fixture)
    {
        var article = TextDumps.ExtractFixture(fixture);

        Assert.Equal(ArticleOpenings.Length, article.Paragraphs.Count);
        for (var i = 0; i < ArticleOpenings.Length; i++)
        {
            Assert.StartsWith(ArticleOpenings[i], article.Paragraphs[i]);
        }
    }

    [Theory]
    [InlineData("lynx-tram-depot.txt")]
    [InlineData("w3m-tram-depot.txt")]
    public void Extract_RejoinsWrappedLinesIntoWholeParagraphs(string fixture)
    {
        var article = TextDumps.ExtractFixture(fixture);

        Assert.Equal(
            "The city council voted on Tuesday night to turn the old tram depot on the east bank into a covered market, ending a decade of arguments about the fate of the empty brick halls.",
            article.Paragraphs[0]);
    }

    [Fact]
    public void Extract_ContinuesArticlePastInlineRelatedLinksAndStopsAtComments()
    {
        var body = string.Join("\n", TextDumps.ExtractFixture("lynx-tram-depot.txt").Paragraphs);

        Assert.DoesNotContain("Bridge repairs", body);
        Assert.DoesNotContain("greenfinch", body);
        Assert.DoesNotContain("I remember taking the tram", body);
        Assert.DoesNotContain("Storm warning", body);
    }

    [Fact]
    public void Extract_DropsCaptionImagePlaceholderAndMenus()
    {
        var body = string.Join("\n", TextDumps.ExtractFixture("lynx-tram-depot.txt").Paragraphs);

        Assert.DoesNotContain("Photo by", body);
        Assert.DoesNotContain("depot.jpg", body);
        Assert.DoesNotContain("Share on Facebook", body);
        Assert.DoesNotContain("All rights reserved", body);
    }

    [Fact]
    public void Extract_DropsCookieBannerNewsletterPitchAndTeasers()
    {
        var body = string.Join("\n", TextDumps.ExtractFixture("w3m-tram-depot.txt").Paragraphs);

        Assert.DoesNotContain("cookies", body);
        Assert.DoesNotContain("newsletter", body);
        Assert.DoesNotContain("Drivers heading for the east bank", body);
        Assert.DoesNotContain("first of four new cycle lanes", body);
    }

    [Theory]
    [InlineData("lynx-tram-depot.txt")]
    [InlineData("w3m-tram-depot.txt")]
    public void Extract_ReadsHeadlineBylineAndDateAboveTheArticle(string fixture)
    {
        var article = TextDumps.ExtractFixture(fixture);

        Assert.Equal("Old tram depot to become covered market", article.Title);
        Assert.Equal(["Clara Jansen"], article.Authors);
        Assert.Equal("2021-03-12", article.PublishedAt);
    }

    [Fact]
    public void Extract_KeepsATableThatSitsInsideTheArticle()
    {
        var rows = Enumerable.Range(1, 12).Select(i => $"   {i,-4} Rider {(char)('A' + i)}           {5000 - i * 100,5}     {12 - i,2}");
        var dump = string.Join('\n',
        [
            "     * Home",
            "     * Results",
            "",
            "   The championship ended on Sunday with the closest finish in its",
            "   history, and the final standings after all thirty-six races are shown",
            "   in the table below.",
            "",
            "   Pos  Rider             Points  Wins",
            .. rows,
            "",
            "   The new season starts in February, when the teams will also present the",
            "   cars they built under the new rules for engines and tyres agreed last",
            "   spring.",
            "",
        ]);

        var article = TextDumps.Extract(dump);

        Assert.StartsWith("The championship ended on Sunday", article.Paragraphs[0]);
        Assert.StartsWith("The new season starts in February", article.Paragraphs[^1]);
        Assert.Contains(article.Paragraphs, p => p.StartsWith("12 Rider", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_KeepsAListTheArticleAnnounces()
    {
        var dump = string.Join('\n',
        [
            "     * Home",
            "     * Politics",
            "",
            "   The council met for six hours on Thursday and approved the budget",
            "   for the coming year after a long debate about the cost of the new",
            "   library.",
            "",
            "   Several members said the library would have to wait another year,",
            "   because the money set aside for it had been spent on repairs to the",
            "   town hall roof.",
            "",
            "   In the end the members agreed to:",
            "",
            "     * raise parking fees",
            "     * close two depots",
            "     * hire nine teachers",
            "",
            "   The opposition said the plan would hurt small shops in the centre",
            "   and promised to bring the parking fees back to the council in the",
            "   spring.",
            "",
            "   The mayor defended the budget, saying the town could not afford to",
            "   keep both depots open while the number of buses was falling every",
            "   year.",
            "",
        ]);

        var article = TextDumps.Extract(dump);

        Assert.Equal(["raise parking fees", "close two depots", "hire nine teachers"], article.Paragraphs.Skip(3).Take(3));
        Assert.DoesNotContain("Politics", article.Paragraphs);
    }

    [Fact]
    public void Extract_DoesNotTakeAPageTopThatLooksLikeAReaderHeaderForOne()
    {
        var fixture = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "text-dumps", "lynx-tram-depot.txt"));
        var dump = "Riverside Daily Logo\n\n   Friday 12 March 2021\n\n     * Subscribe\n     * Log in\n\n" + fixture;

        var article = TextDumps.Extract(dump);

        Assert.Equal("Old tram depot to become covered market", article.Title);
        Assert.Empty(article.Summary);
        Assert.Equal(ArticleOpenings.Length, article.Paragraphs.Count);
    }
}
