using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Tests.Cleaning;

public sealed class ParagraphRulesTests
{
    [Theory]
    [InlineData("reaction icon 0", "counter-line")]
    [InlineData("Copyright (c) 2020. South China Morning Post Publishers Ltd. All rights reserved.", "copyright-line")]
    [InlineData("Russia had threatened to deport infected foreigners. Photo: Bloomberg", "photo-caption")]
    [InlineData("(Reporting by Jane Doe; Edited by John Roe)", "credit-or-contact")]
    [InlineData("Write to the newsroom at tips@example.com", "email-line")]
    [InlineData("By Meg James", "byline")]
    [InlineData("Sign up for our newsletter and get the best stories in your inbox.", "promo")]
    [InlineData("Click here to read the full report.", "subscribe-prompt")]
    [InlineData("Filed under: Politics", "label-line")]
    [InlineData("landscape-tablet", "css-identifier")]
    [InlineData("Comments", "stock-label")]
    [InlineData("[button url=\"/contact\"]Send us[/button]", "markup-residue")]
    public void FirstMatch_NamesTheRuleThatCallsTheParagraphBoilerplate(string paragraph, string rule)
    {
        Assert.Equal(rule, ParagraphRules.FirstMatch(paragraph)?.Name);
    }

    [Theory]
    [InlineData("The council voted on Tuesday to rebuild the old harbour bridge, ending a decade of argument over its future.")]
    [InlineData("By the end of the year, the bridge will carry trams as well as cars and bicycles across the river.")]
    [InlineData("Share prices fell sharply.")]
    public void FirstMatch_StoryText_IsNull(string paragraph)
    {
        Assert.Null(ParagraphRules.FirstMatch(paragraph));
    }

    [Theory]
    [InlineData("350 g Mehl")]
    [InlineData("Press office: presse@example.org, Tel. 030 123 456")]
    [InlineData("Sign up for 4 months of the music service for just $1, then $9.99 a month; your subscription renews unless you opt out, and you get access to millions of songs.")]
    public void FirstMatchInPage_LeavesTheLinesAPagesMarkupDecides(string paragraph)
    {
        Assert.NotNull(ParagraphRules.FirstMatch(paragraph));
        Assert.Null(ParagraphRules.FirstMatchInPage(paragraph));
    }

    [Fact]
    public void All_NamesAreDistinctLowerCaseAndHyphenated()
    {
        var names = ParagraphRules.All.Select(r => r.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.Matches("^[a-z]+(-[a-z]+)*$", n));
    }
}
