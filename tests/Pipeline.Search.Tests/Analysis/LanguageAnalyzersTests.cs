using Pipeline.Search.Analysis;

namespace Pipeline.Search.Tests.Analysis;

public class LanguageAnalyzersTests
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData("DE", "de")]
    [InlineData("ru", "ru")]
    [InlineData("zh", LanguageAnalyzers.Cjk)]
    [InlineData("ja", LanguageAnalyzers.Cjk)]
    [InlineData("ko", LanguageAnalyzers.Cjk)]
    [InlineData("pl", LanguageAnalyzers.Standard)]
    [InlineData(null, LanguageAnalyzers.Standard)]
    public void KeyFor_PicksTheLanguagesAnalyzer(string? language, string expected) =>
        Assert.Equal(expected, LanguageAnalyzers.KeyFor(language));

    [Fact]
    public void Create_GivesAnAnalyzerForEveryKey()
    {
        foreach (var key in LanguageAnalyzers.Keys)
        {
            using var analyzer = LanguageAnalyzers.Create(key);
            Assert.NotNull(analyzer);
        }
    }
}
