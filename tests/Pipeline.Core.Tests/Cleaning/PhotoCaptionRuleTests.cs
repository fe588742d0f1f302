using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Tests.Cleaning;

public sealed class PhotoCaptionRuleTests
{
    [Theory]
    [InlineData("Fans celebrate outside the stadium. Photo: AFP")]
    [InlineData("The new terminal at night. Image: Getty Images")]
    [InlineData("Volunteers clear the beach (Photo by Ana Ruiz)")]
    [InlineData("Der Hafen am Morgen. Foto: dpa")]
    [InlineData("市民在中環等候巴士。圖片：資料圖")]
    public void IsCaption_RecognisesCreditedCaptions(string text)
    {
        Assert.True(PhotoCaptionRule.IsCaption(text));
    }

    [Theory]
    [InlineData("The photographer said the image was taken in 1998.")]
    [InlineData("She described the picture: a family standing at the edge of the flooded field, waiting for help.")]
    public void IsCaption_KeepsProseAboutPhotos(string text)
    {
        Assert.False(PhotoCaptionRule.IsCaption(text));
    }
}
