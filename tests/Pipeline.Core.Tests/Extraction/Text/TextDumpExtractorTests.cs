namespace Pipeline.Core.Tests.Extraction.Text;

public sealed class TextDumpExtractorTests
{
    [Fact]
    public void Extract_ReadsGermanDatelineBylineAndSummary()
    {
        var article = TextDumps.ExtractFixture("reader-de-harbour.txt");

        Assert.Equal("Hafenstadt plant autofreie Innenstadt bis 2025", article.Title);
        Assert.Equal("Nordküsten-Rundschau", article.Publisher);
        Assert.Equal("2021-03-03T14:30:00", article.PublishedAt);
        Assert.Equal(["Anna Berg"], article.Authors);
        Assert.Equal(["Der Stadtrat stimmte mit knapper Mehrheit für das Konzept", "Händler fürchten Umsatzeinbußen, Anwohner hoffen auf ruhigere Straßen"], article.Summary);
    }

    [Fact]
    public void Extract_KeepsGermanArticleParagraphsAndDropsItsBoilerplate()
    {
        var article = TextDumps.ExtractFixture("reader-de-harbour.txt");

        Assert.Equal(5, article.Paragraphs.Count);
        Assert.StartsWith("Die Innenstadt von Hafenstadt", article.Paragraphs[0]);
        Assert.StartsWith("Die Verwaltung will", article.Paragraphs[^1]);
    }

    [Fact]
    public void Extract_StatesUtcOffsetOnlyWhenTheDumpDoes()
    {
        Assert.Equal("2019-06-05T08:15:00+00:00", TextDumps.ExtractFixture("reader-en-bridge.txt").PublishedAt);
        Assert.Equal("2022-11-03T18:45:00", TextDumps.ExtractFixture("reader-zh-typhoon.txt").PublishedAt);
    }

    [Fact]
    public void Extract_SplitsBylineIntoAuthors()
    {
        Assert.Equal(["Maria Lopez", "Tom Reed"], TextDumps.ExtractFixture("reader-en-bridge.txt").Authors);
    }

    [Fact]
    public void Extract_DropsCaptionPrintedTwiceAndItsLaterRepeat()
    {
        var article = TextDumps.ExtractFixture("reader-en-bridge.txt");

        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Cranes lift", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_DropsCaptionWithPhotoByCredit()
    {
        var article = TextDumps.ExtractFixture("reader-en-bridge.txt");

        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("temporary footbridge", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_DropsInlineRelatedHeadline()
    {
        var article = TextDumps.ExtractFixture("reader-en-bridge.txt");

        Assert.DoesNotContain(article.Paragraphs, p => p.StartsWith("Council approves", StringComparison.Ordinal));
        Assert.DoesNotContain(TextDumps.ExtractFixture("reader-de-harbour.txt").Paragraphs, p => p.StartsWith("Neue Fahrradbrücke", StringComparison.Ordinal));
    }

    private const string PageDumpWithRelatedHeadlineInCapitals =
        """
        Harbour plans

           The harbour board met on Tuesday evening and agreed to rebuild the old north pier before the autumn storms begin.

           Work is due to start in the spring, and the board expects the pier to reopen to fishing boats by the end of the year.

           CITY COUNCIL APPROVES NEW BUDGET FOR THE FERRY TERMINAL

           The ferry company said its boats would keep their timetable, using the south pier while the north pier is closed.

           Passengers should allow ten more minutes for boarding, the company said, because the south pier has only one ramp.
        """;

    [Fact]
    public void Extract_DropsInlineRelatedHeadlineSetInCapitals()
    {
        var paragraphs = TextDumps.Extract(PageDumpWithRelatedHeadlineInCapitals).Paragraphs;

        Assert.DoesNotContain(paragraphs, p => p.Contains("CITY COUNCIL", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("The ferry company", StringComparison.Ordinal));
    }

    private const string PageDumpWithSubheading =
        """
        Harbour plans

           The harbour board met on Tuesday evening and agreed to rebuild the old north pier before the autumn storms begin.

           Work is due to start in the spring, and the board expects the pier to reopen to fishing boats by the end of the year.

        Ferry service to run on during the work

           The ferry company said its boats would keep their timetable, using the south pier while the north pier is closed.

           Passengers should allow ten more minutes for boarding, the company said, because the south pier has only one ramp.
        """;

    [Fact]
    public void Extract_KeepsASubheadingSetOutLeftOfTheParagraphs()
    {
        var paragraphs = TextDumps.Extract(PageDumpWithSubheading).Paragraphs;

        Assert.Contains("Ferry service to run on during the work", paragraphs);
    }

    // w3m prints headings and paragraphs alike at the margin.
    private const string MarginDump =
        """
        Harbour plans

        The harbour board met on Tuesday evening and agreed to rebuild the old north pier before the autumn storms begin.

        Work is due to start in the spring, and the board expects the pier to reopen to fishing boats by the end of the year.

        {0}

        The ferry company said its boats would keep their timetable, using the south pier while the north pier is closed.

        Passengers should allow ten more minutes for boarding, the company said, because the south pier has only one ramp.

        {1}
        """;

    [Fact]
    public void Extract_KeepsASubheadingPrintedOnceAtTheMargin()
    {
        var paragraphs = TextDumps.Extract(string.Format(MarginDump, "Ferry service to run on during the work", "")).Paragraphs;

        Assert.Contains("Ferry service to run on during the work", paragraphs);
    }

    [Fact]
    public void Extract_DropsALinkedHeadlineThePageRepeats()
    {
        const string Teaser = "Council approves new cycle lanes along the river";
        var paragraphs = TextDumps.Extract(string.Format(MarginDump, Teaser, Teaser)).Paragraphs;

        Assert.DoesNotContain(Teaser, paragraphs);
    }

    [Fact]
    public void Extract_DropsACaptionRunningOnIntoItsCreditAtTheMargin()
    {
        const string Caption = "The mayor speaks at the pier on July 25, 2019.J. Scott Applewhite / AP file";
        var paragraphs = TextDumps.Extract(string.Format(MarginDump, Caption, "")).Paragraphs;

        Assert.DoesNotContain(Caption, paragraphs);
    }

    [Fact]
    public void Extract_KeepsEveryEnglishParagraphOnceInOrder()
    {
        var article = TextDumps.ExtractFixture("reader-en-bridge.txt");

        Assert.Equal(
            ["Crews have", "The county", "Commuters say", "\"We know", "The contractor"],
            article.Paragraphs.Select(p => p[..p.IndexOf(' ', p.IndexOf(' ') + 1)]).ToList());
    }

    [Fact]
    public void Extract_DropsNewsletterPitchCopyrightAndCounters()
    {
        var body = string.Join("\n", TextDumps.ExtractFixture("reader-en-bridge.txt").Paragraphs);

        Assert.DoesNotContain("newsletter", body);
        Assert.DoesNotContain("Copyright", body);
        Assert.DoesNotContain("comments 7", body);
        Assert.DoesNotContain("0 0", body);
    }

    [Fact]
    public void Extract_DropsGermanPromoCopyrightAndCounters()
    {
        var body = string.Join("\n", TextDumps.ExtractFixture("reader-de-harbour.txt").Paragraphs);

        Assert.DoesNotContain("abonnieren", body);
        Assert.DoesNotContain("Alle Rechte", body);
        Assert.DoesNotContain("Kommentare", body);
        Assert.DoesNotContain("Gefällt mir", body);
        Assert.DoesNotContain("♥", body);
        Assert.DoesNotContain("Foto:", body);
    }

    [Fact]
    public void Extract_ReadsChineseDumpAndDropsItsCaptionCountersAndCopyright()
    {
        var article = TextDumps.ExtractFixture("reader-zh-typhoon.txt");

        Assert.Equal("颱風過後市區交通逐步恢復 港鐵全線重開", article.Title);
        Assert.Equal("東方日報網", article.Publisher);
        Assert.Equal(["陳美玲"], article.Authors);
        Assert.Equal(2, article.Summary.Count);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.StartsWith("颱風「納沙」", article.Paragraphs[0]);
        Assert.StartsWith("巴士公司則指", article.Paragraphs[^1]);
    }

    [Fact]
    public void Extract_RejoinsHardWrappedParagraphs()
    {
        var dump = string.Join('\n',
            "The harbour authority said on Monday that the dredging of the main channel",
            "would start in the spring and take about six months to finish, weather",
            "permitting.",
            "",
            "Shipping companies welcomed the decision, which they had been requesting",
            "for several years because larger vessels cannot enter the port at low",
            "tide.");

        var article = TextDumps.Extract(dump);

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.EndsWith("six months to finish, weather permitting.", article.Paragraphs[0]);
        Assert.StartsWith("Shipping companies welcomed the decision, which they had been requesting for several", article.Paragraphs[1]);
    }

    [Fact]
    public void Extract_KeepsEveryShortParagraphOfReaderExport()
    {
        var article = TextDumps.ExtractFixture("reader-fr-short.txt");

        Assert.Equal("2023-11-24T09:15:00", article.PublishedAt);
        Assert.Equal(["Julie Martin"], article.Authors);
        Assert.Equal(
            ["Les chalets sont installés.", "La patinoire est prête aussi.", "Soixante artisans seront présents.", "Le marché fermera le 31 décembre."],
            article.Paragraphs);
    }

    [Fact]
    public void Extract_KeepsSectionHeadingsBetweenParagraphs()
    {
        var dump = string.Join('\n',
            "Harbour plan approved after long debate",
            "",
            "Published 2 May 2022",
            "",
            "The harbour board approved the new plan on Friday after three hours of debate in a packed hall.",
            "",
            "The ferry links",
            "",
            "Two new ferry routes will connect the old town with the islands from next summer, the board said.",
            "",
            "NEW QUAYS",
            "",
            "The quays on the north side will be rebuilt to take larger boats, at a cost still to be agreed.");

        var article = TextDumps.Extract(dump);

        Assert.Contains("The ferry links", article.Paragraphs);
        Assert.Contains("NEW QUAYS", article.Paragraphs);
        Assert.Equal(5, article.Paragraphs.Count);
    }

    [Fact]
    public void Extract_KeepsShortPlainTextWithoutHeader()
    {
        var article = TextDumps.Extract("The vote is on Sunday.\n\nPolls open at eight.\n\nResults come at night.");

        Assert.Equal(["The vote is on Sunday.", "Polls open at eight.", "Results come at night."], article.Paragraphs);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n   \r\n")]
    [InlineData("     *\n     *\n   [logo.png]\n")]
    public void Extract_ReturnsNoParagraphsForDumpsWithoutText(string dump)
    {
        var article = TextDumps.Extract(dump);

        Assert.Empty(article.Paragraphs);
        Assert.Null(article.Title);
    }
}
