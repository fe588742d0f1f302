namespace Pipeline.Core.Tests.Extraction.Text;

/// <summary>Reader comments under a post read as prose too; they must not win over the post or join it.</summary>
public sealed class CommentThreadTests
{
    private const string Post =
        """
           * Home
           * About

        Why the old depot should become a market

           The city council voted on Tuesday night to turn the old tram depot into a covered market for local traders.
           Under the plan, about sixty stalls would open on the ground floor of the brick halls next spring, the council said.
           Residents of the surrounding streets have asked for years that the empty halls be put to some public use again.

        """;

    private static readonly string Thread =
        string.Join("\n", Enumerable.Range(1, 6).Select(i =>
            $"""
                {i}. Reader{i} says:
                       August {i}, 2019 at 4:11 am
                       I remember taking the tram from that depot every morning as a child, and I still think that a market is a far better use for those halls than the car park that the previous council wanted to build there, which nobody in the neighbourhood asked for at all.
                       Reply

             """));

    [Fact]
    public void Extract_ThreadOfSaysLines_IsNotTheArticle()
    {
        var body = string.Join("\n", TextDumps.Extract(Post + Thread).Paragraphs);

        Assert.Contains("The city council voted", body);
        Assert.Contains("Residents of the surrounding streets", body);
        Assert.DoesNotContain("I remember taking the tram", body);
    }

    [Fact]
    public void Extract_CountOfThoughtsOnThePost_EndsTheArticleHoweverLongTheThread()
    {
        var body = string.Join("\n", TextDumps.Extract(Post + "6 thoughts on “Why the old depot should become a market”\n\n" + Thread.Replace("says:", "", StringComparison.Ordinal)).Paragraphs);

        Assert.Contains("The city council voted", body);
        Assert.DoesNotContain("I remember taking the tram", body);
    }

    private const string ReplyForm =
        """
        Share this:

             * Twitter
             * Facebook

        Leave a Reply Cancel reply

           Enter your comment here...

           Fill in your details below or click an icon to log in:

        """;

    private const string Sidebar =
        """
        About this blog

           This is the personal blog of a retired engineer from Leeds, who writes about
           trams, markets and the history of the city's old industrial buildings, and
           who has been collecting photographs of its depots, halls and stations for
           years. Most of the texts here are longer pieces that took weeks to research.

        """;

    [Fact]
    public void Extract_ReplyFormTitle_EndsAShortPostBeforeTheSidebarsProse()
    {
        const string ShortPost =
            """
            Market hall

               17/11/2019 ~ Editor

               I would turn the old depot into a covered market, and I wonder why nobody has proposed that yet.

            """;

        var body = string.Join("\n", TextDumps.Extract(ShortPost + ReplyForm + Sidebar).Paragraphs);

        Assert.Contains("I would turn the old depot", body);
        Assert.DoesNotContain("personal blog of a retired engineer", body);
    }

    [Fact]
    public void Extract_PostTooShortToScore_IsTakenFromAboveTheReplyForm()
    {
        const string TinyPost =
            """
               * Home
               * About

            Nothing to do

               14 June 2013 at 20:51

               "I know I should not say it…"

               "Then don't."

            """;

        var body = string.Join("\n", TextDumps.Extract(TinyPost + ReplyForm + Sidebar).Paragraphs);

        Assert.Contains("I know I should not say it", body);
        Assert.DoesNotContain("Fill in your details", body);
        Assert.DoesNotContain("personal blog of a retired engineer", body);
    }
}
