using Pipeline.Core.Text;

namespace Pipeline.Core.Tests.Text;

public sealed class InvariantLowercaseTests
{
    [Theory]
    [InlineData("Related Stories")]
    [InlineData("“Über den Autor” — ÄHNLICHE ARTIKEL")]
    [InlineData("ÉDITION Ⅻ ⒶⒷ ǅ Σ Ω İ K")]
    [InlineData("12 Kommentare zu „Titel“ – 关联文章")]
    public void Into_LowersLikeTheInvariantCulture(string text)
    {
        var lowered = new char[text.Length];

        InvariantLowercase.Into(text, lowered);

        Assert.Equal(text.ToLowerInvariant(), new string(lowered));
    }
}
