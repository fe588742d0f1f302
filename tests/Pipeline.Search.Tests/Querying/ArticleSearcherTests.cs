using Pipeline.Search.Querying;

namespace Pipeline.Search.Tests.Querying;

public class ArticleSearcherTests
{
    [Fact]
    public void Search_FindsAnotherFormOfAnEnglishWord()
    {
        using var index = Articles.IndexOf(Articles.Make("a", "Port", "The harbour closed its gates on Monday."));

        Assert.Equal(1, index.Search(new SearchRequest("closing gate")).Total);
    }

    [Fact]
    public void Search_FindsAnotherCaseOfARussianWord()
    {
        using var index = Articles.IndexOf(Articles.Make("ru", "Новости", "Власти в Москве ввели новые ограничения.", language: "ru"));

        Assert.Equal("ru", Assert.Single(index.Search(new SearchRequest("Москва")).Hits).Id);
    }

    [Fact]
    public void Search_FindsAChineseWordInsideUnspacedText()
    {
        using var index = Articles.IndexOf(
            Articles.Make("zh", "新闻", "北京今天发布了新的防疫措施。", language: "zh"),
            Articles.Make("en", "News", "Beijing published new measures today."));

        Assert.Equal("zh", Assert.Single(index.Search(new SearchRequest("防疫")).Hits).Id);
    }

    [Fact]
    public void Search_HighlightsAPhraseInTheSnippetAndTitle()
    {
        using var index = Articles.IndexOf(Articles.Make("a", "Moscow coronavirus rules", "Officials said the Moscow coronavirus ban would stay. Moscow is big."));

        var hit = Assert.Single(index.Search(new SearchRequest("\"Moscow coronavirus\"")).Hits);

        Assert.Contains("<mark>Moscow</mark> <mark>coronavirus</mark> ban", hit.Snippet);
        Assert.DoesNotContain("<mark>Moscow</mark> is", hit.Snippet);
        Assert.Equal("<mark>Moscow</mark> <mark>coronavirus</mark> rules", hit.HighlightedTitle);
    }

    [Theory]
    [InlineData("harb*")]
    [InlineData("harbor~")]
    public void Search_HighlightsTheWordsAWildcardOrFuzzyQueryMatched(string query)
    {
        using var index = Articles.IndexOf(Articles.Make("a", "Port", "The harbour closed on Monday."));

        Assert.Contains("<mark>harbour</mark>", Assert.Single(index.Search(new SearchRequest(query)).Hits).Snippet);
    }

    [Fact]
    public void Search_EncodesMarkupOfTheDocumentInSnippetAndTitle()
    {
        using var index = Articles.IndexOf(Articles.Make("x", "<script>alert(1)</script> harbour", "Harbour <img src=x onerror=alert(2)> news."));

        var hit = Assert.Single(index.Search(new SearchRequest("harbour")).Hits);

        Assert.DoesNotContain("<img", hit.Snippet);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", hit.Snippet);
        Assert.DoesNotContain("<script>", hit.HighlightedTitle);
        Assert.StartsWith("&lt;script&gt;", hit.HighlightedTitle);
    }

    [Fact]
    public void Search_RanksATitleMatchAboveABodyMatch()
    {
        using var index = Articles.IndexOf(
            Articles.Make("body", "Weather", "Later the harbour flooded."),
            Articles.Make("title", "Harbour flooded", "Water rose overnight in the port."));

        Assert.Equal(["title", "body"], index.Search(new SearchRequest("harbour")).Hits.Select(h => h.Id));
    }

    [Fact]
    public void Search_TitleFieldSearchesTitlesOnly()
    {
        using var index = Articles.IndexOf(
            Articles.Make("body", "Weather", "Later the harbour flooded."),
            Articles.Make("title", "Harbour flooded", "Water rose overnight in the port."));

        Assert.Equal(["title"], index.Search(new SearchRequest("title:harbour")).Hits.Select(h => h.Id));
    }

    [Fact]
    public void Search_TakesBooleanOperatorsAndWildcards()
    {
        using var index = Articles.IndexOf(
            Articles.Make("a", "One", "The harbour flooded."),
            Articles.Make("b", "Two", "The harbour froze."));

        Assert.Equal(["a"], index.Search(new SearchRequest("harbour AND NOT froze")).Hits.Select(h => h.Id));
        Assert.Equal(2, index.Search(new SearchRequest("harb*")).Total);
    }

    [Fact]
    public void Search_RefusesInvalidSyntaxWithAReason() =>
        Assert.Throws<InvalidQueryException>(() => Articles.IndexOf(Articles.Make("a", "One", "text")).Search(new SearchRequest("title:(harbour")));

    [Fact]
    public void Search_WithoutAQueryFindsEveryDocument()
    {
        using var index = Articles.IndexOf(Articles.Make("a", "One", "x"), Articles.Make("b", "Two", "y"));

        Assert.Equal(2, index.Search(new SearchRequest("")).Total);
    }

    [Fact]
    public void Search_FiltersByLanguagePublisherAndDate()
    {
        using var index = Articles.IndexOf(
            Articles.Make("en-2020", "Harbour", "harbour news", "en", "Daily", "2020-02-16T10:02:00"),
            Articles.Make("en-2021", "Harbour", "harbour news", "en", "Weekly", "2021-05-01"),
            Articles.Make("de-2020", "Hafen", "harbour news auf Deutsch", "de", "Daily", "2020-03-01T00:00:00+01:00"));

        Assert.Equal(["de-2020"], Ids(index.Search(new SearchRequest("harbour", Language: "de"))));
        Assert.Equal(["de-2020", "en-2020"], Ids(index.Search(new SearchRequest("harbour", Publisher: "Daily"))));
        Assert.Equal(["en-2020"], Ids(index.Search(new SearchRequest("harbour", From: "2020-02-01", To: "2020-02-29"))));
        Assert.Equal(["en-2021"], Ids(index.Search(new SearchRequest("harbour", From: "2021-01-01"))));
    }

    [Fact]
    public void Search_CountsFacetsOverEveryMatchNotOnlyTheTopHits()
    {
        using var index = Articles.IndexOf(
            Articles.Make("1", "Harbour", "harbour", "en", "Daily", "2020-02-16"),
            Articles.Make("2", "Harbour", "harbour", "en", "Daily", "2020-03-01"),
            Articles.Make("3", "Hafen", "harbour", "de", "Weekly", "2020-03-02"));

        var results = index.Search(new SearchRequest("harbour", Top: 1));

        Assert.Single(results.Hits);
        Assert.Equal(3, results.Total);
        Assert.Equal([new FacetCount("en", 2), new FacetCount("de", 1)], results.Facets.Languages);
        Assert.Equal([new FacetCount("Daily", 2), new FacetCount("Weekly", 1)], results.Facets.Publishers);
        Assert.Equal([new FacetCount("2020-02", 1), new FacetCount("2020-03", 2)], results.Facets.Months);
    }

    private static List<string> Ids(SearchResults results) => results.Hits.Select(h => h.Id).Order(StringComparer.Ordinal).ToList();
}
