using Pipeline.Core.Text;

namespace Pipeline.Core.Tests.Text;

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

    [Theory]
    [InlineData("Covid-19: it is 4,300km!")]
    [InlineData("中国和 Russia, 東京の空 x  — naïve café_au_lait 𠀋𠀌 end")]
    [InlineData("broken \ud800 surrogate\udc00 and e\u0301 accent")]
    [InlineData("")]
    public void CanonicalAndCount_GiveTheSameWordsAsTokenize(string text)
    {
        Assert.Equal(string.Join(' ', WordTokenizer.Tokenize(text)), WordTokenizer.Canonical(text));
        Assert.Equal(WordTokenizer.Tokenize(text).Count(), WordTokenizer.Count(text));
    }

    [Theory]
    [InlineData("Covid-19: it is 4,300km!")]
    [InlineData("中国和 Russia, 東京の空 x  — naïve café_au_lait 𠀋𠀌 end")]
    [InlineData("")]
    public void HasAtMost_AgreesWithCountAtEveryLimit(string text)
    {
        var count = WordTokenizer.Count(text);
        for (var limit = 0; limit <= count + 1; limit++)
        {
            Assert.Equal(count <= limit, WordTokenizer.HasAtMost(text, limit));
        }
    }

    [Theory]
    [InlineData("Covid-19: it is 4,300km!")]
    [InlineData("中国和 Russia, 東京の空 x  — naïve café_au_lait 𠀋𠀌 end")]
    [InlineData("broken \ud800 surrogate\udc00 and e\u0301 accent")]
    [InlineData("_lead and trail_ ")]
    [InlineData("")]
    public void Words_GiveTheSameWordsAsTokenize(string text)
    {
        var words = new List<string>();
        foreach (var word in WordTokenizer.Words(text))
        {
            words.Add(word.ToString());
        }

        Assert.Equal(WordTokenizer.Tokenize(text), words);
    }
}
