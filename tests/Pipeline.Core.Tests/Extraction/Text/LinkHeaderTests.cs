namespace Pipeline.Core.Tests.Extraction.Text;

/// <summary>lynx's first line lists the page's feeds and alternates after a "#"; a list of feed titles reads as prose.</summary>
public sealed class LinkHeaderTests
{
    private const string Header =
        """
           #Life, the Master and me... » Feed Life, the Master and me... » Comments
           Feed Life, the Master and me... » Foggy soup. Comments Feed Sky blue… Hello
           Hamburg! alternate alternate Life, the Master and me... WordPress.com

        Life, the Master and me…

             * Home
             * Imprint

        """;

    [Fact]
    public void Extract_LinkHeader_IsNeverTheStory()
    {
        const string Post =
            """
            Foggy soup.

               Published on Fri, 24 January 2020, 18:18 by Creeny

               Coffee first, and then we will see about the rest of it.

               The flowers on the balcony thought it was spring already.

            """;

        var body = string.Join("\n", TextDumps.Extract(Header + Post).Paragraphs);

        Assert.DoesNotContain("Comments Feed", body);
        Assert.Contains("The flowers on the balcony", body);
    }

    [Fact]
    public void Extract_HashtagOpeningAStoryParagraph_StaysInTheStory()
    {
        const string Post =
            """
            A record in Antarctica

               The base registered a new record temperature at noon on Thursday, the
               highest reading since measurements began there more than sixty years ago.

               #Antarctica: the reading of 18.3 degrees was confirmed by the national weather
               service in the evening, after a second check of the station's instruments.

            """;

        var body = string.Join("\n", TextDumps.Extract(Header + Post).Paragraphs);

        Assert.Contains("#Antarctica: the reading", body);
    }
}
