using Pipeline.Core.Normalizing;

namespace Pipeline.Core.Tests.Normalizing;

public sealed class WordTokenizerTests
{
    [Fact]
    public void Tokenize_SplitsSpacedScriptsOnNonLetters() =>
        Assert.Equal(["Covid", "19", "it", "is", "4", "300km"], WordTokenizer.Tokenize("Covid-19: it is 4,300km!"));

    [Fact]
    public void Tokenize_CountsEachCjkCharacterAsAWord()
    {
        Assert.Equal(["中", "国", "和", "Russia"], WordTokenizer.Tokenize("中国和 Russia"));
        Assert.Equal(5, WordTokenizer.Count("東京の空 x"));
    }
}
