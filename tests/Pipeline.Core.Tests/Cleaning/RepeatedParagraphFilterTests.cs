using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Tests.Cleaning;

public sealed class RepeatedParagraphFilterTests
{
    [Fact]
    public void KeepFirst_DropsAParagraphRepeatedWithOtherWhitespaceOrCase() =>
        Assert.Equal(
            ["Crowds gathered at dawn outside the town hall on Sunday.", "The mayor spoke briefly."],
            RepeatedParagraphFilter.KeepFirst(["Crowds gathered at dawn outside the town hall on Sunday.", "The mayor spoke briefly.", "crowds  gathered at dawn outside the town hall on sunday"]));

    [Fact]
    public void KeepFirst_KeepsShortLabelsThatRecurSectionAfterSection() =>
        Assert.Equal(
            ["Meal 1", "Eat every 2–3 hours", "Shakeology and strawberries", "Meal 2", "Eat every 2–3 hours", "Tomato salad"],
            RepeatedParagraphFilter.KeepFirst(["Meal 1", "Eat every 2–3 hours", "Shakeology and strawberries", "Meal 2", "Eat every 2–3 hours", "Tomato salad"]));
}
