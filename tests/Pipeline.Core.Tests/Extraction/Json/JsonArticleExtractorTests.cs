using Pipeline.Core.Extraction;
using Pipeline.Core.Extraction.Html;
using Pipeline.Core.Extraction.Json;
using Pipeline.Core.Reading;
using Pipeline.Core.Articles;

namespace Pipeline.Core.Tests.Extraction.Json;

public sealed class JsonArticleExtractorTests
{
    private static readonly JsonArticleExtractor Extractor = new(new JsonFieldMapping(), new HtmlArticleExtractor());

    private static ExtractedArticle Extract(string json) => Extractor.Extract(new RawRecord("line 1", DumpFormat.Json, json));

    [Fact]
    public void Extract_ReadsCommonCrawlerFieldNames()
    {
        var article = Extract("""
            {"headline": "Ferry returns", "maintext": "First paragraph.\n\nSecond paragraph.", "canonical_url": "https://example.com/ferry",
             "datePublished": "2024-03-01T10:00:00+0100", "byline": "By Jane Doe and John Roe", "lang": "en-GB",
             "site_name": "Example Daily", "summary": "The ferry is back."}
            """);

        Assert.Equal("Ferry returns", article.Title);
        Assert.Equal(["First paragraph.", "Second paragraph."], article.Paragraphs);
        Assert.Equal("https://example.com/ferry", article.Url);
        Assert.Equal("2024-03-01T10:00:00+01:00", article.PublishedAt);
        Assert.Equal(["Jane Doe", "John Roe"], article.Authors);
        Assert.Equal("en", article.Language);
        Assert.Equal("Example Daily", article.Publisher);
        Assert.Equal(["The ferry is back."], article.Summary);
    }

    [Theory]
    [InlineData("""{"text": "x", "authors": ["Jane Doe", "John Roe"]}""")]
    [InlineData("""{"text": "x", "author": [{"name": "Jane Doe"}, {"name": "John Roe"}]}""")]
    [InlineData("""{"text": "x", "Author": "Jane Doe, John Roe"}""")]
    public void Extract_ReadsAuthorsAsStringArrayOrNamedObjects(string json) => Assert.Equal(["Jane Doe", "John Roe"], Extract(json).Authors);

    [Theory]
    [InlineData("""{"text": "x", "pubDate": "Tue, 19 Nov 2019 10:03:00 -0500"}""", "2019-11-19T10:03:00-05:00")]
    [InlineData("""{"text": "x", "published_at": "2020-02-16 10:02"}""", "2020-02-16T10:02:00")]
    [InlineData("""{"text": "x", "date": "2020-02-16"}""", "2020-02-16")]
    [InlineData("""{"text": "x", "publishedAt": 1700000000}""", "2023-11-14T22:13:20Z")]
    [InlineData("""{"text": "x", "published": "not a date"}""", null)]
    public void Extract_NormalizesDatesKeepingTheSourceOffset(string json, string? expected) => Assert.Equal(expected, Extract(json).PublishedAt);

    [Fact]
    public void Extract_SplitsOnSingleNewlinesWhenTheTextHasNoBlankLine()
    {
        Assert.Equal(["One.", "Two.", "Three."], Extract("""{"content": "One.\nTwo.\r\nThree.\n"}""").Paragraphs);
    }

    [Fact]
    public void Extract_DropsBoilerplateParagraphsFromTheTextField()
    {
        var article = Extract("""
            {"text": "The island ferry resumed service on Monday after a three-week repair.\n\nThe ferry at the pier. Photo: Reuters\n\nPassengers thanked the crew.\n\nCopyright (c) 2024 Example Daily. All rights reserved.\n\nreaction icon 0"}
            """);

        Assert.Equal(["The island ferry resumed service on Monday after a three-week repair.", "Passengers thanked the crew."], article.Paragraphs);
        Assert.Equal(
            [("The ferry at the pier. Photo: Reuters", "photo-caption"), ("Copyright (c) 2024 Example Daily. All rights reserved.", "copyright-line"), ("reaction icon 0", "counter-line")],
            article.Removed.Select(r => (r.Text, r.Reason)));
    }

    [Fact]
    public void Extract_KeepsTheTextWhenEveryParagraphLooksLikeBoilerplate()
    {
        Assert.Equal(["Copyright (c) 2024 Example Daily."], Extract("""{"text": "Copyright (c) 2024 Example Daily."}""").Paragraphs);
    }

    [Fact]
    public void Extract_HtmlWithoutTextGoesThroughTheHtmlExtractorWithTheRecordsMetadataOnTop()
    {
        var page = """
            <html lang="de"><head><title>Page title</title><meta name="author" content="Page Author"></head><body><article>
            <h1>Page headline</h1>
            <p>The island ferry resumed service on Monday after a three-week repair of its engine, the operator said.</p>
            <p>Passengers said the crossing felt smoother than before and thanked the crew for the work.</p>
            </article></body></html>
            """;
        var json = System.Text.Json.JsonSerializer.Serialize(new { raw_html = page, title = "Record title", url = "https://example.com/a" });

        var article = Extract(json);

        Assert.Equal("Record title", article.Title);
        Assert.Equal("https://example.com/a", article.Url);
        Assert.Contains(article.Paragraphs, p => p.StartsWith("The island ferry resumed", StringComparison.Ordinal));
        Assert.Equal("de", article.Language);
    }

    [Fact]
    public void Extract_ConfiguredMappingReplacesTheDefaults()
    {
        var extractor = new JsonArticleExtractor(new JsonFieldMapping { Text = ["story"], Title = ["hed"] }, new HtmlArticleExtractor());

        var article = extractor.Extract(new RawRecord("1", DumpFormat.Json, """{"hed": "Mapped", "story": "Body.", "text": "ignored"}"""));

        Assert.Equal(("Mapped", "Body."), (article.Title, Assert.Single(article.Paragraphs)));
    }

    [Fact]
    public void Extract_RecordWithoutTextOrHtmlIsRefusedWithTheFieldsLookedFor()
    {
        var error = Assert.Throws<UnsupportedFormatException>(() => Extract("""{"title": "Only a title", "url": "https://example.com"}"""));

        Assert.Contains("maintext", error.Message);
        Assert.Contains("raw_html", error.Message);
    }
}
