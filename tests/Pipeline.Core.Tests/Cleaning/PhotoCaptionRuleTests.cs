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
    [InlineData("Commuters wait for a delayed train at the central station on Tuesday, Nov. 19, 2019.")]
    [InlineData("A view of the old harbour amid heavy fog, on November 8, 2019 in Hamburg, Germany.")]
    [InlineData("Fans wave flags before the final. (Jane Roe/AP)")]
    [InlineData("Photo by ev on Unsplash")]
    [InlineData("Titelbild: Geyres Christophe/ABACA/picture-alliance")]
    [InlineData("Quelle: jorisvo / Fotolia.com")]
    [InlineData("(Credit: Clayton Aldern / Grist)")]
    [InlineData("© Matthias Hangst/Getty Images")]
    [InlineData("Źródło: Statista.com")]
    [InlineData("Vertreter der Jugendverbände sprachen mit der Ministerin. (Bildquelle: Ministerium)")]
    [InlineData("Große Beckenkreise (links) stabilisieren, kleine mobilisieren. © Pferderevue")]
    public void IsCaption_RecognisesCreditedCaptions(string text)
    {
        Assert.True(PhotoCaptionRule.IsCaption(text));
    }

    [Theory]
    [InlineData("The photographer said the image was taken in 1998.")]
    [InlineData("She described the picture: a family standing at the edge of the flooded field, waiting for help.")]
    [InlineData("Photographs by the two brothers were shown in Paris, London and New York before the war, and many of them are lost.")]
    public void IsCaption_KeepsProseAboutPhotos(string text)
    {
        Assert.False(PhotoCaptionRule.IsCaption(text));
    }
}
