using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Tests.Cleaning;

public sealed class CounterLineRuleTests
{
    [Theory]
    [InlineData("reaction icon 0")]
    [InlineData("留言 0")]
    [InlineData("0 0")]
    [InlineData("Comments (12)")]
    [InlineData("♥ 3")]
    [InlineData("👍 👎")]
    [InlineData("1.2K shares")]
    public void IsCounterLine_RecognisesCountersAndIcons(string line)
    {
        Assert.True(CounterLineRule.IsCounterLine(line));
    }

    [Theory]
    [InlineData("He scored 3 goals.")]
    [InlineData("The council voted 7 to 2 on Tuesday to approve the new plan for the harbour.")]
    [InlineData("Pompeo warns of China and Russia's influence")]
    public void IsCounterLine_KeepsProseAndHeadlines(string line)
    {
        Assert.False(CounterLineRule.IsCounterLine(line));
    }
}
