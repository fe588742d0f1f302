namespace Pipeline.Core.Tests.Extraction.Text;

public sealed class ArticleRegionFinderTests
{
    private const string StoryThenShopTerms =
        """
           * Wines
           * Regions

        The Rioja region

           The Rioja region lies in the north of Spain, on the middle course of the Ebro river, and takes its name from the Rio Oja.

           The region is divided into three subzones, Rioja Alta, Rioja Alavesa and Rioja Oriental, each with soils of its own.

           Four red and three white grape varieties may be grown there, and the Tempranillo gives most of the region's wine.

           * Producers
           * Prices
           * Shipping
           * Contact
           * Newsletter
           * Imprint
           * Privacy
           * Terms
           * Careers
           * Press
           * Stores
           * Gift cards
           * Events
           * Tastings
           * Magazine
           * Recipes
           * Glossary
           * Help

        Shipping


           Our deliveries reach you by parcel service or another carrier. Unless agreed otherwise, we charge a flat fee per order within the country.

           For larger orders we reserve the right to send the goods by freight forwarder, which we will tell you about before we ship them.

           Deliveries to Austria cost a flat fee for parcels of up to thirty kilograms, and for other countries please contact us before you order.

           If you would like to collect your order at our shop, please let us know a day ahead so that we can have everything ready for you.
        """;

    [Fact]
    public void Extract_StoryBeforeLongerClosingTerms_IsTheStoryWhole()
    {
        var paragraphs = TextDumps.Extract(StoryThenShopTerms).Paragraphs;

        Assert.Equal(3, paragraphs.Count);
        Assert.StartsWith("The Rioja region lies", paragraphs[0]);
        Assert.StartsWith("Four red and three white", paragraphs[^1]);
    }

    private const string LeadAboveThePhoto =
        """
        Covestro starts new biotechnology research

           The plastics maker Covestro wants to build up its skills in industrial biotechnology and has opened a new research group for it, which is to develop enzymes and microorganisms for making plastics from plant material instead of oil.

           Dr. Gernot Jäger and Dr. Lukas Reisky, Covestro
           * Share
           * Tweet
           * E-mail

           In concrete terms, Covestro wants to use microorganisms and enzymes more and more, so that its products and processes become more sustainable.

           The new group works closely with universities and research institutes, and its first projects have already started this spring.

           The company expects the first results from the laboratory next year and wants to test them in a pilot plant soon after that.
        """;

    [Fact]
    public void Extract_LeadParagraphAbovePhotoAndShareBar_OpensTheBody()
    {
        var paragraphs = TextDumps.Extract(LeadAboveThePhoto).Paragraphs;

        Assert.StartsWith("The plastics maker Covestro", paragraphs[0]);
        Assert.StartsWith("In concrete terms", paragraphs[1]);
        Assert.DoesNotContain(paragraphs, p => p.Contains("Reisky", StringComparison.Ordinal));
    }
}
