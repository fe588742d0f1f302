using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Tests.Cleaning;

public sealed class ArticlePromptRuleTests
{
    [Theory]
    [InlineData("Was this article helpful?")]
    [InlineData("War der Artikel nützlich?")]
    [InlineData("Artikel gefallen? Vergiss nicht zu teilen!")]
    [InlineData("Möchten Sie den Artikel teilen?")]
    public void IsArticlePrompt_RecognisesFeedbackAndShareWidgets(string text)
    {
        Assert.True(ArticlePromptRule.IsArticlePrompt(text));
    }

    [Fact]
    public void IsArticlePrompt_KeepsSentencesOfTheStory()
    {
        Assert.False(ArticlePromptRule.IsArticlePrompt("The minister said an article in Monday's paper had been helpful to the committee, which met again on Tuesday."));
    }
}
