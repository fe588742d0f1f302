using Pipeline.Core.Extraction.Text;

namespace Pipeline.Core.Tests.Extraction.Text;

public sealed class SectionHeadingRuleTests
{
    [Theory]
    [InlineData("Related Articles")]
    [InlineData("Most Read")]
    [InlineData("More from Business")]
    [InlineData("You may also like")]
    [InlineData("Lesen Sie auch")]
    [InlineData("相关新闻")]
    public void IsAfterArticleHeading_RecognisesRelatedAndPopularLists(string heading)
    {
        Assert.True(SectionHeadingRule.IsAfterArticleHeading(heading));
    }

    [Theory]
    [InlineData("Comments")]
    [InlineData("12 Comments")]
    [InlineData("Leave a Reply")]
    [InlineData("Kommentare")]
    public void IsCommentsHeading_RecognisesCommentSections(string heading)
    {
        Assert.True(SectionHeadingRule.IsCommentsHeading(heading));
    }

    [Theory]
    [InlineData("Related companies reported higher profits in the third quarter.")]
    [InlineData("The al-Tanf base")]
    [InlineData("Discussion")]
    public void Rules_KeepArticleSentencesAndSubheadings(string text)
    {
        Assert.False(SectionHeadingRule.IsAfterArticleHeading(text));
        Assert.False(SectionHeadingRule.IsCommentsHeading(text));
    }
}
