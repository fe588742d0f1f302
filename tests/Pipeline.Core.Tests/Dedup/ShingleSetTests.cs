using Pipeline.Core.Dedup;
using Pipeline.Core.Text;

namespace Pipeline.Core.Tests.Dedup;

public sealed class ShingleSetTests
{
    [Fact]
    public void Of_IgnoresCaseWhitespaceAndPunctuation()
    {
        var a = ShingleSet.Of("The pier, closed on Thursday, was old.", 3);
        var b = ShingleSet.Of("the PIER closed\n\non thursday — was old", 3);

        Assert.Equal(a.Hashes.Order(), b.Hashes.Order());
    }

    [Fact]
    public void Of_CountsDistinctWordNGrams()
    {
        Assert.Equal(4, ShingleSet.Of("one two three four five six", 3).Count);
        Assert.Equal(1, ShingleSet.Of("a a a a a", 3).Count);
        Assert.Equal(1, ShingleSet.Of("too short", 5).Count);
        Assert.Equal(0, ShingleSet.Of(" ... ", 5).Count);
    }

    [Fact]
    public void Of_ShinglesUnspacedScriptsByCharacter()
    {
        // Seven ideographs, no spaces: five character 3-grams.
        Assert.Equal(5, ShingleSet.Of("本市交通部门周", 3).Count);
    }

    [Theory]
    [InlineData("Привет, МИР! привет мир — Ёлка ёлка")]
    [InlineData("Café CAFÉ cafe\u0301 naïve NAÏVE")]
    [InlineData("東京タワーは東京にある。서울 타워 ภาษาไทย")]
    [InlineData("emoji 😀 text 𠀀𠀁 word_with_underscore 42")]
    public void Of_SplitsWordsAsTheWordTokenizerDoes(string text)
    {
        var words = WordTokenizer.Tokenize(text.ToLowerInvariant()).Distinct().Count();

        Assert.Equal(words, ShingleSet.Of(text, 1).Count);
    }

    [Fact]
    public void Of_KeepsEveryDistinctShingleOfALongText()
    {
        var text = string.Join(' ', Enumerable.Range(0, 5000).Select(i => $"w{i % 2500}"));

        var shingles = ShingleSet.Of(text, 2);

        Assert.Equal(2500, shingles.Count);
        Assert.Equal(2500, shingles.Hashes.Distinct().Count());
    }
}
