using Pipeline.Core.Extraction.Text;

namespace Pipeline.Core.Tests.Extraction.Text;

public sealed class BrowserWidgetStripperTests
{
    [Theory]
    [InlineData("[logo.png] Riverside Daily", "Riverside Daily")]
    [InlineData("Search ____________________ (BUTTON) Search", "Search Search")]
    [InlineData("IFRAME: https://example.com/embed/video", "")]
    [InlineData("[INS: :INS]", "")]
    [InlineData("[ ] Remember me", "Remember me")]
    [InlineData("[facebook_3] [mail_31] Share", "Share")]
    [InlineData("[facebook_3][mail_31] Share", "Share")]
    [InlineData("Rep. Ilhan Omar [omarilhan_111]Ilhan Omar", "Rep. Ilhan Omar Ilhan Omar")]
    public void Strip_RemovesImagePlaceholdersButtonsFieldsAndFrames(string text, string expected)
    {
        // Spacing is normalized later by the cleaner; what matters is which words remain.
        Assert.Equal(expected, string.Join(' ', BrowserWidgetStripper.Strip(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData("The minister said [the plan] would be ready (by June).")]
    [InlineData("Scores were 6-4, 7-6 (5) in the final.")]
    [InlineData("The note [1] quotes him as shown [sic] and [in full].")]
    [InlineData("Read the column with row[col_name] and sum it.")]
    public void Strip_KeepsBracketsInProse(string text)
    {
        Assert.Equal(text, BrowserWidgetStripper.Strip(text));
    }
}
