using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Tests.Cleaning;

public sealed class ClosingPitchFilterTests
{
    private static readonly string[] Story =
    [
        "The council voted on Tuesday to rebuild the old harbour bridge, ending a decade of argument over its future.",
        "Engineers say the new span will carry twice the traffic and open to cyclists and pedestrians by the spring of 2027.",
        "Residents who opposed the plan said they would keep campaigning for a cheaper repair of the existing structure.",
    ];

    [Theory]
    [InlineData("Receive our monthly newsletter to stay on top of the latest articles and announcements.")]
    [InlineData("Siguenos en Telegram, Instagram, Facebook y Twitter para recibir en directo todas nuestras actualizaciones.")]
    [InlineData("Subscribe now to our e-edition for the full story.")]
    [InlineData("For the latest stories and breaking news updates download our apps for iOS and Android.")]
    public void Drop_RemovesAPitchThatClosesTheBody(string pitch)
    {
        Assert.Equal(Story, ClosingPitchFilter.Drop([.. Story, pitch]));
    }

    [Fact]
    public void Drop_KeepsTheStoryWhenItTalksAboutSubscriptionsEarlier()
    {
        string[] body = ["Readers who subscribe to the paper's newsletter were asked about the bridge in a survey last month.", .. Story];

        Assert.Equal(body, ClosingPitchFilter.Drop(body));
    }
}
