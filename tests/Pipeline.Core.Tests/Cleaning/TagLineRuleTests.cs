using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Tests.Cleaning;

public sealed class TagLineRuleTests
{
    [Theory]
    [InlineData("Tags: Freeride, Skitour")]
    [InlineData("Schlagwörter: Eberhard-Schöck-Stiftung, FAZ, Sprachgebrauch")]
    [InlineData("Themen: Pressefreiheit")]
    public void IsTagLine_RecognisesTagAndCategoryLines(string text)
    {
        Assert.True(TagLineRule.IsTagLine(text));
    }

    [Fact]
    public void IsTagLine_KeepsASentenceAboutTopics()
    {
        Assert.False(TagLineRule.IsTagLine("Die Themen der Konferenz waren Klimaschutz und Verkehr, sagte die Sprecherin."));
    }
}
