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

    [Theory]
    [InlineData("Formula 1 - Gasly: I want to fight for the title Formula 1 - Gasly: I want to fight for the title 01.01.2022 - Pierre Gasly had a long odyssey behind him.")]
    [InlineData("Best bikes of the year Best bikes of the year Our testers rode forty bikes this summer.")]
    public void OpensTwice_RecognisesTeaserOpeningWithItsHeadlineTwice(string text)
    {
        Assert.True(DoubledText.OpensTwice(text, headline: true));
    }

    [Theory]
    [InlineData("The council voted on Tuesday to rebuild the old harbour bridge, and the bridge is to reopen in two years.")]
    [InlineData("Very very good news for the town, said the mayor on Tuesday.")]
    [InlineData("New York New York is the song that closes every game at the stadium.")]
    public void OpensTwice_KeepsOrdinaryText(string text)
    {
        Assert.False(DoubledText.OpensTwice(text));
    }

    [Fact]
    public void OpensTwice_AsHeadline_LeavesARepeatedSentenceToCleaning()
    {
        const string text = "Tyre levers can damage the rim and tyre. Tyre levers can damage the rim and tyre. Push the bead in by hand instead.";

        Assert.True(DoubledText.OpensTwice(text));
        Assert.False(DoubledText.OpensTwice(text, headline: true));
    }

    [Fact]
    public void OpensAgainAfterLabel_FindsATeasersHeadlinePrintedAgainAfterItsDateAndSection()
    {
        Assert.True(DoubledText.OpensAgainAfterLabel(
            "Formel 1 - Pierre Gasly: Ich will um die WM kämpfen 01.01.2022 - Formel 1 Formel 1 - Pierre Gasly: Ich will um die WM kämpfen Pierre Gasly hatte in der Formel 1 eine lange Odyssee hinter sich."));
    }

    [Fact]
    public void OpensAgainAfterLabel_LeavesProseThatNamesItsSubjectAgainLater()
    {
        // The subject recurs, but not as the block's whole opening right after a short label.
        Assert.False(DoubledText.OpensAgainAfterLabel(
            "Die Europäische Zentralbank hat am Donnerstag die Zinsen erhöht. Die Europäische Zentralbank begründete den Schritt mit der hohen Inflation."));
    }
}
