using Pipeline.Core.Text;

namespace Pipeline.Core.Tests.Text;

/// <summary>
/// <see cref="WordHasher"/> re-walks text for speed instead of calling <see cref="WordTokenizer"/>: near-duplicate
/// shingles and the content hash must still see the same words, or two copies of an article would stop matching.
/// </summary>
public sealed class WordHasherTests
{
    public static TheoryData<string> Texts => new()
    {
        "The ferry resumed service on Monday.",
        "don't stop_here: 3.5k readers, 40% off -- café Zürich Ærø naïve",
        "東京都は月曜日に新しい計画を発表した。서울 시장은 말했다 ภาษาไทย",
        "Mixed 中文text and kana カタカナ with words",
        "Ελληνικά ΚΕΦΑΛΑΙΑ and Русский ТЕКСТ",
        "math 𝑥 and emoji 😀 and 𠀀 (CJK extension B) in one line",
        "lone \uD800 surrogate and e\u0301 combining mark",
        "   ",
        "",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void HashWords_HashesExactlyTheTokenizersWords(string text)
    {
        var expected = WordTokenizer.Tokenize(text).Select(word => Assert.Single(WordHasher.HashWords(word))).ToList();

        Assert.Equal(expected, WordHasher.HashWords(text));
        Assert.Equal(WordTokenizer.Count(text), WordHasher.HashWords(text).Count);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void HashWords_IgnoresCaseAndEverythingBetweenWords(string text)
    {
        Assert.Equal(WordHasher.HashWords(text.ToLowerInvariant()), WordHasher.HashWords(text));
        Assert.Equal(WordHasher.HashWords(WordTokenizer.Canonical(text)), WordHasher.HashWords(text));
    }
}
