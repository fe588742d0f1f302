using Pipeline.Tooling.Evaluation;

namespace Pipeline.Tooling.Tests.Evaluation;

public sealed class SiteFoldsTests
{
    [Theory]
    [InlineData("https://www.example.com/a/b", "example.com")]
    [InlineData("http://news.example.com/x", "example.com")]
    [InlineData("https://www.bbc.co.uk/news/1", "bbc.co.uk")]
    [InlineData("https://wien.gv.at/x", "wien.gv.at")]
    public void Host_IsTheRegistrableDomain(string url, string site)
    {
        Assert.Equal(site, SiteFolds.Host(url));
    }

    [Fact]
    public void SiteOf_PagesOfOneSiteShareAFold()
    {
        var a = SiteFolds.FoldOf(SiteFolds.SiteOf("1", "https://www.example.com/one"));
        var b = SiteFolds.FoldOf(SiteFolds.SiteOf("2", "https://blog.example.com/two"));

        Assert.Equal(a, b);
    }

    [Fact]
    public void SiteOf_APageWithoutUrlIsPlacedByItsCanonicalLink()
    {
        var site = SiteFolds.SiteOf("t1", null, () => """<html><head><link href="https://www.example.org/story" rel="canonical"></head></html>""");

        Assert.Equal("example.org", site);
    }

    [Fact]
    public void SiteOf_APageWithNoUrlAnywhereIsItsOwnSite()
    {
        Assert.Equal("id:t1", SiteFolds.SiteOf("t1", null, () => "<p>no links</p>"));
    }

    [Fact]
    public void FoldOf_IsStableAndSpreadsSites()
    {
        var folds = Enumerable.Range(0, 200).Select(i => SiteFolds.FoldOf($"site{i}.example")).ToList();

        Assert.Equal(folds, Enumerable.Range(0, 200).Select(i => SiteFolds.FoldOf($"site{i}.example")));
        Assert.InRange(folds.Count(f => f == 0), 70, 130);
    }
}
