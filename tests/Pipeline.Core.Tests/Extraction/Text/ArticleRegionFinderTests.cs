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

    private const string LeadAboveALongShareBar =
        """
           * Knowledge
           * Heating
           * News
           * Contact

        Renewable dimethyl ether as a heating fuel

           Published: 24 October 2022

           Demand for renewable energy keeps growing, and alternatives to fossil fuels are needed to protect the climate and to meet the law. We give an overview of one possible fuel of the future: renewable dimethyl ether.
           Share
           Copy link
           Link
           Share by e-mail
           Mail
           Share on WhatsApp
           WhatsApp
           Share on LinkedIn
           LinkedIn
           Share on Facebook
           Facebook
           Tweet

        An efficient gas for heating

           Dimethyl ether is a colourless gas that turns liquid under little pressure, much like the liquefied petroleum gas that many homes already burn.

           It is made from synthesis gas, either by way of methanol or directly, and the renewable kind starts from methane out of biogas plants.

           Burning it gives off little soot and few nitrogen oxides, which makes it a promising fuel for heating, cooking and transport alike.

           Share
           Copy link
           Link
           Share by e-mail
           Mail
           Share on WhatsApp
           WhatsApp
           Share on LinkedIn
           LinkedIn
           Share on Facebook
           Facebook
           Tweet
        """;

    [Fact]
    public void Extract_KeepsLeadBehindLongShareBar()
    {
        var paragraphs = TextDumps.Extract(LeadAboveALongShareBar).Paragraphs;

        Assert.StartsWith("Demand for renewable energy", paragraphs[0]);
        Assert.StartsWith("Dimethyl ether is a colourless gas", paragraphs[1]);
        Assert.DoesNotContain(paragraphs, p => p.Contains("WhatsApp", StringComparison.Ordinal));
    }

    private const string LeadAndAShortParagraphAboveThePaywall =
        """
        Farmer sprayed weed killer next to a rural school

           Although the protected area joined the national system in 2019, its management plan is still being discussed, while groups of neighbours are worried by officials who call the size of the protected area excessive.
           The ministry has opened an inquiry.
           Subscribe or log in
           Listen to this article
           Your browser does not support audio.
           Our journalism depends on you
           Subscribe for $5 a month
           Log in

           Rural school 27 lies in the middle of one of the protected landscapes of the country, in a valley of hills and forests near the border.

           On 16 March two beekeepers walking past the school found that the fields next to it had been burnt by spraying weed killer.

           Their next step was to report it to the ministry's office for farm chemicals, which looks into the wrong use of such products.
        """;

    [Fact]
    public void Extract_KeepsLeadAndShortParagraphAbovePaywall()
    {
        var paragraphs = TextDumps.Extract(LeadAndAShortParagraphAboveThePaywall).Paragraphs;

        Assert.StartsWith("Although the protected area", paragraphs[0]);
        Assert.Equal("The ministry has opened an inquiry.", paragraphs[1]);
        Assert.StartsWith("Rural school 27", paragraphs[2]);
        Assert.DoesNotContain(paragraphs, p => p.Contains("Subscribe for", StringComparison.Ordinal));
    }

    private const string GalleryCaptionAboveTheStory =
        """
           * Home
           * Business
           * Cars

        New SUVs and electric cars at the auto show

           The concept car of the company is shown to the press at the auto show in Los Angeles on Tuesday, November 19, two days before the show opens its doors to the public for ten days.
           Photo: Damian Dovarganes

           Close
           Image 1 of 23
           The concept car of the company is shown to the press at the auto show in Los Angeles on ... more
           Photo: Damian Dovarganes
           Back to gallery

           New electric vehicles, several new small SUVs and a redesigned compact car are among the new models on display this week at the auto show.

           The show opens to the public on Friday and runs for ten days, with more than a thousand cars on the floor of the convention centre.

           Carmakers that stayed away last year are back, and several of them show cars that will reach the showrooms only in two years.
        """;

    [Fact]
    public void Extract_CaptionPrintedAgainInTheGallery_IsNotTheLead()
    {
        var paragraphs = TextDumps.Extract(GalleryCaptionAboveTheStory).Paragraphs;

        Assert.StartsWith("New electric vehicles", paragraphs[0]);
        Assert.DoesNotContain(paragraphs, p => p.Contains("concept car", StringComparison.Ordinal));
    }

    private const string StoryThenTeasersOpeningWithTheirHeadlines =
        """
           * Home
           * Racing
           * Results

        Gasly hopes for a car that can win

           Pierre Gasly had a long odyssey behind him before he found his place in the team, and this year he wants to fight at the front of the field.

           The Frenchman finished ninth in the championship last season, with a podium in Baku as the best result of his year.

           His team has built a new car for the coming season, and the first tests in the wind tunnel have been promising, his engineers say.

           Formula 1 - Gasly: I want to fight for the title Formula 1 - Gasly: I want to fight for the title 01.01.2022 - Formula 1 Pierre Gasly had a long odyssey behind him. The AlphaTauri driver hopes for a car that lets him fight for wins.

           Formula 1 - Tsunoda and Stroll clash: all ruined Formula 1 - Tsunoda and Stroll clash: all ruined 12.12.2021 - Formula 1 The two drivers blamed each other after their crash in the last race of the year in Abu Dhabi.
        """;

    [Fact]
    public void Extract_DropsTeasersThatOpenWithTheirHeadlineTwice()
    {
        var paragraphs = TextDumps.Extract(StoryThenTeasersOpeningWithTheirHeadlines).Paragraphs;

        Assert.StartsWith("Pierre Gasly had a long odyssey", paragraphs[0]);
        Assert.StartsWith("His team has built", paragraphs[^1]);
    }

    private const string SummaryPointsAboveTheStory =
        """
           * Home
           * Politics
           * Sport

        Council votes to rebuild the old bridge

             * The council approved the rebuilding of the old bridge on Tuesday.
             * Work is to start next spring and take two years.
             * The ferry will run again while the bridge is closed.

           Advertisement

           The town council voted on Tuesday evening to rebuild the old bridge over the river, after engineers found cracks in two of its piers last winter.

           The rebuilding is to start next spring and take about two years, and the council expects the costs to be shared with the county and the state.

           While the bridge is closed, the ferry that last ran forty years ago will carry people and bicycles across the river again every half hour.
        """;

    [Fact]
    public void Extract_KeepsSummaryPointsBetweenHeadlineAndStory()
    {
        var paragraphs = TextDumps.Extract(SummaryPointsAboveTheStory).Paragraphs;

        Assert.StartsWith("The council approved", paragraphs[0]);
        Assert.StartsWith("The ferry will run", paragraphs[2]);
        Assert.StartsWith("The town council voted", paragraphs[3]);
        Assert.DoesNotContain("Politics", paragraphs);
    }

    private const string StoryThenAuthorBox =
        """
        How we test laptops

           Every laptop we review spends two weeks on a desk in our lab, where we run the same battery, display and speed tests on each of them.

           We measure battery life with a web browsing loop at a fixed brightness, because that is closest to how most people use a laptop at home.

           Displays are measured with a colorimeter, and we check how bright they get, how even the backlight is and how true the colours look.

           Jane Miller

           Jane is the senior hardware editor of the magazine and has reviewed laptops and phones for more than ten years.

           * Laptop reviews
           * Phone reviews
        """;

    [Fact]
    public void Extract_DropsTheAuthorBoxAfterTheStory()
    {
        var paragraphs = TextDumps.Extract(StoryThenAuthorBox).Paragraphs;

        Assert.StartsWith("Displays are measured", paragraphs[^1]);
        Assert.DoesNotContain(paragraphs, p => p.Contains("senior hardware editor", StringComparison.Ordinal));
    }

    private const string CaptionNamingThePersonOfTheNextParagraph =
        """
        A rematch in the spring

           The champion steps into the ring again this weekend, for the first time since his title defence last year ended in a draw after twelve rounds.

           His opponent has won his last four fights and says that he is better prepared than ever, after a training camp of ten weeks in the mountains.

           Liam Walker

           Liam Walker lost to the champion two years ago on points, and he has asked for a rematch in every interview he has given since that night.

           The fight is to be shown live on television on Saturday evening, and the promoter says that more than ten thousand tickets have been sold.
        """;

    [Fact]
    public void Extract_KeepsTheParagraphAfterACaptionNamingItsPerson()
    {
        var paragraphs = TextDumps.Extract(CaptionNamingThePersonOfTheNextParagraph).Paragraphs;

        Assert.Contains(paragraphs, p => p.StartsWith("Liam Walker lost to the champion", StringComparison.Ordinal));
        Assert.StartsWith("The fight is to be shown", paragraphs[^1]);
    }

    private const string RecipeWithMethodAfterTheIngredients =
        """
        Apple cake

           This apple cake is the one my grandmother baked every autumn, and it needs nothing but a bowl, a spoon and an hour of your time.

           It keeps for three days under a cloth, and it tastes even better on the second day, when the apples have soaked into the dough.

           For the cake you will need:

             * Three apples
             * Two cups of flour
             * A cup of sugar
             * Two eggs
             * Half a cup of butter
             * A spoon of baking powder
             * A pinch of salt
             * A spoon of cinnamon
             * A handful of almonds
             * A splash of milk

           Method

           Peel and slice the apples, mix the other ingredients to a smooth dough, spread it in a tin, lay the apples on top and bake it for forty minutes.

           Let the cake cool in the tin for ten minutes before you turn it out, and dust it with a little sugar and cinnamon while it is still warm.

           * Home
           * Recipes
           * Contact
        """;

    [Fact]
    public void Extract_KeepsTheMethodThatFollowsTheIngredientList()
    {
        var paragraphs = TextDumps.Extract(RecipeWithMethodAfterTheIngredients).Paragraphs;

        Assert.Contains("Three apples", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Peel and slice the apples", StringComparison.Ordinal));
        Assert.StartsWith("Let the cake cool", paragraphs[^1]);
    }

    /// <summary>A four-paragraph story with <paramref name="list"/> between its second and third paragraph, in a page.</summary>
    private static string SleepHabits(string above, string list, string below) => string.Join("\n\n", new[]
    {
        above,
        """
        Five habits of good sleepers

           Most adults sleep less than they should, and the reasons are rarely medical: they are habits, and habits can be changed one at a time.

           Sleep researchers agree on a short list of things that help more than any pill, and none of them costs anything at all.
        """,
        list,
        """
           None of these works in a night, the researchers say, but after two or three weeks most people fall asleep faster and wake up less often.

           If you still lie awake for an hour every night after a month of trying, it is worth talking to your doctor about it.
        """,
        below,
    }.Where(part => part.Length > 0));

    private static readonly string StoryWithPointsBetweenItsParagraphs = SleepHabits(
        "* Home\n* Guides",
        "     * Keep one bedtime\n     * Dim the lights\n     * No screens in bed\n     * Cool bedroom",
        "* Share\n* Print");

    [Fact]
    public void Extract_KeepsTheListBetweenTheStorysParagraphs()
    {
        var paragraphs = TextDumps.Extract(StoryWithPointsBetweenItsParagraphs).Paragraphs;

        Assert.Contains("Keep one bedtime", paragraphs);
        Assert.Contains("Cool bedroom", paragraphs);
        Assert.DoesNotContain("Share", paragraphs);
    }

    private static readonly string StoryWithShareBarBetweenItsParagraphs = SleepHabits("Share", "     * Share\n     * Tweet\n     * Email", "");

    [Fact]
    public void Extract_DropsAShareBarBetweenTheStorysParagraphs()
    {
        var paragraphs = TextDumps.Extract(StoryWithShareBarBetweenItsParagraphs).Paragraphs;

        Assert.DoesNotContain("Tweet", paragraphs);
        Assert.StartsWith("If you still lie awake", paragraphs[^1]);
    }

    private const string ShortStoryAboveAFeed =
        """
           * Home
           * Podcasts
           * Interviews

        The novelist on her book about a peace mission

           The novelist talks about her work on the novel shortlisted for the national book prize, in which the heroine has to
           question her own part as an envoy of the United Nations. She speaks about her research, about trying out points of
           view, about taking sides and about hope in disillusion.

           The interview was conducted by our editor.

        Share this:

             * Share on Twitter
             * Share on Facebook

        Instagram

             * We are celebrating twenty years of the writing school! At the summer party on the fifteenth of June there were
               readings, talks, performances, drinks, table tennis and a party. Episode six on the reading stage: a writer reads
               from her novel about a family of crooks, and she tells us how she came to write it in the first place.
             * We are celebrating twenty years of the writing school! At the summer party on the fifteenth of June there were
               readings, talks, performances, drinks, table tennis and a party. Episode three on the talk stage: two poets talk
               about bread and butter, about money and about what writing for a living does to the writing itself.
             * We are celebrating twenty years of the writing school! At the summer party on the fifteenth of June there were
               readings, talks, performances, drinks, table tennis and a party. Episode five on the talk stage: the best texts
               we wrote this year, kept cool and read aloud, for which we would drop everything we were doing at the time.
             * Soup for everyone, but please not only potatoes: to open the festival of independent reading series, two cooks
               make soup with three authors, who may also read from texts they kept in a drawer, unfinished work and all.

           Follow us

             * Imprint
             * Privacy
        """;

    [Fact]
    public void Extract_ShortStoryAboveAFeedOfPostsOpeningAlike_IsTheStory()
    {
        var paragraphs = TextDumps.Extract(ShortStoryAboveAFeed).Paragraphs;

        Assert.StartsWith("The novelist talks about her work", paragraphs[0]);
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("We are celebrating", StringComparison.Ordinal));
    }
}
