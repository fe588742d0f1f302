using Pipeline.Core.Extraction.Text;

namespace Pipeline.Core.Tests.Extraction.Text;

public sealed class DoubledTextTests
{
    [Theory]
    [InlineData("Skitour im (Voll)Mondschein Skitour im (Voll)Mondschein")]
    [InlineData("APA/Georg Hochmuth APA/Georg Hochmuth")]
    public void Is_RecognisesAltTextPrintedNextToItsCaption(string text)
    {
        Assert.True(DoubledText.Is(text));
    }

    [Theory]
    [InlineData("The council voted on Tuesday to rebuild the old harbour bridge.")]
    [InlineData("Bye bye")]
    public void Is_KeepsOrdinaryText(string text)
    {
        Assert.False(DoubledText.Is(text));
    }
}
