using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Tests.Cleaning;

public sealed class RepeatedParagraphFilterTests
{
    [Fact]
    public void KeepFirst_DropsAParagraphRepeatedWithOtherWhitespaceOrCase() =>
        Assert.Equal(
            ["Crowds gathered at dawn.", "The mayor spoke briefly."],
            RepeatedParagraphFilter.KeepFirst(["Crowds gathered at dawn.", "The mayor spoke briefly.", "crowds  gathered at dawn"]));
}
