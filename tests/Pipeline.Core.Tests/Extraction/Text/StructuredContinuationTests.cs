namespace Pipeline.Core.Tests.Extraction.Text;

/// <summary>Tables, plans and announced lists printed after an article's prose, and what must not be taken for them.</summary>
public sealed class StructuredContinuationTests
{
    private static readonly string[] Prose =
    [
        "The regional cycling league closed its season on Sunday with the closest",
        "finish in its history, after a final stage that was cut short by a storm",
        "over the northern hills and a long debate among the judges.",
        "",
        "Organisers said the new points system, which rewards consistent riders",
        "over those who win a single stage, had kept the title open until the very",
        "last climb of the year, which is exactly what they had hoped for.",
        "",
    ];

    private static readonly string[] Menu = ["     * Home", "     * Results", "     * Contact", ""];

    [Fact]
    public void Extract_KeepsTableRowsThatFollowTheArticle()
    {
        // w3m prints a table row per line with blank lines between them; an image and its caption sit before the table.
        var rows = Enumerable.Range(1, 10).SelectMany(i => new[] { $"{i,-4} Rider {(char)('A' + i)}           {5000 - i * 100,5}     {12 - i,2}", "" });
        var dump = string.Join('\n',
        [
            .. Menu,
            .. Prose,
            "[podium-photo]",
            "",
            "Rider B",
            "",
            "Final standings after 20 stages:",
            "",
            "Pos  Rider             Points Wins",
            "",
            .. rows,
            .. Menu,
        ]);

        var article = TextDumps.Extract(dump);

        Assert.StartsWith("The regional cycling league", article.Paragraphs[0]);
        Assert.Contains(article.Paragraphs, p => p.StartsWith("Final standings", StringComparison.Ordinal));
        Assert.Contains(article.Paragraphs, p => p.StartsWith("1 Rider B", StringComparison.Ordinal));
        Assert.StartsWith("10 Rider K", article.Paragraphs[^1]);
        Assert.DoesNotContain("Contact", article.Paragraphs);
    }

    [Fact]
    public void Extract_KeepsAPlanWhoseLabelsRecurFromSectionToSection()
    {
        string[] Day(int day, string breakfast, string lunch) =>
        [
            $"Day {day}", "",
            "   Breakfast", "",
            "   Eat within an hour of waking up", "",
            $"   {breakfast}", "",
            "   Lunch", "",
            "   Eat before two in the afternoon", "",
            $"   {lunch}", "",
            "   Evening snack", "",
            "   Herbal tea", "",
        ];
        var dump = string.Join('\n',
        [
            .. Menu,
            .. Prose.Select(line => line.Length > 0 ? "   " + line : line),
            "   Here is the week the riders ate through before the final stage.", "",
            .. Day(1, "2 eggs, 1 slice rye bread, 1 cup coffee", "1 cup rice, 4 oz. chicken, 1 cup spinach"),
            .. Day(2, "1 cup oats, 1 banana, 1 tsp. honey", "1 cup pasta, 4 oz. tuna, 1 tomato"),
            .. Day(3, "2 eggs, 1 cup berries, 1 cup tea", "1 cup lentils, 1 carrot, 2 tbsp. yogurt"),
            "Related Articles", "",
            "   Why breakfast matters before a long ride", "",
            "   Nutrition", "",
        ]);

        var body = string.Join('\n', TextDumps.Extract(dump).Paragraphs);

        Assert.Contains("1 cup oats, 1 banana", body);
        Assert.Contains("1 cup lentils, 1 carrot, 2 tbsp. yogurt", body);
        Assert.DoesNotContain("Why breakfast matters", body);
    }

    [Fact]
    public void Extract_DoesNotTakeHeadlinesAfterTheArticleForAList()
    {
        var dump = string.Join('\n',
        [
            .. Menu,
            .. Prose,
            "Related Roundup: Road bikes",
            "",
            "Storm closes northern pass for a week",
            "",
            "Judges: the points system explained",
            "",
            "League announces dates for next season",
            "",
            "Team sponsors sign on until 2026",
            "",
            .. Menu,
        ]);

        var article = TextDumps.Extract(dump);

        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Extract_DoesNotExtendOverFewerValuesThanATableHas()
    {
        var dump = string.Join('\n',
        [
            .. Menu,
            .. Prose,
            "Filed under: cycling, league, storms",
            "",
            "Updated at 6:45 p.m.",
            "",
            "Reporting by J. Doe, 2 photos",
            "",
            .. Menu,
        ]);

        var article = TextDumps.Extract(dump);

        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Extract_KeepsAnAnnouncedListOverItsLinksAndImages()
    {
        var items = Enumerable.Range(1, 6).SelectMany(i => new[] { $"{i}) Touring bike model {i} with {i + 2} gears", $"http://example.com/b{i}", $"[bike-{i}-300x300]", "" });
        var dump = string.Join('\n',
        [
            .. Menu,
            .. Prose,
            "These are the bikes the riders will test next season:",
            "",
            .. items,
            .. Menu,
        ]);

        var body = string.Join('\n', TextDumps.Extract(dump).Paragraphs);

        Assert.Contains("Touring bike model 1 with 3 gears", body);
        Assert.Contains("Touring bike model 6 with 8 gears", body);
        Assert.DoesNotContain("Contact", body);
    }
    [Fact]
    public void Extract_DoesNotTakeATeaserListForAListTheStoryAnnounces()
    {
        // A teaser list after the story, whose video blurb ends in a colon: the story's last sentence announced nothing.
        var teasers = Enumerable.Range(1, 8).Select(i => $"     * Cycling - Regional League Team {(char)('A' + i)}: \"We will be back next year\"");
        var dump = string.Join('\n',
        [
            .. Menu,
            .. Prose,
            "Cycling - Background",
            "",
            "Season review: what happens next in the league",
            "",
            "Transfers? Coaches? Sponsors? The sporting director speaks frankly about all of it:",
            "",
            "More clips",
            "",
            .. teasers,
            "",
            .. Menu,
        ]);

        var body = string.Join('\n', TextDumps.Extract(dump).Paragraphs);

        Assert.Contains("last climb of the year", body);
        Assert.DoesNotContain("We will be back", body);
    }

    [Fact]
    public void Extract_KeepsAListTheStoryAnnouncesBehindAPhoto()
    {
        // w3m prints the photo as its file name in brackets, then its credit; the story's next sentence announces a list.
        var dump = string.Join('\n',
        [
            .. Menu,
            .. Prose,
            "[podium-photo-2020]",
            "",
            "Foto: Jane Doe",
            "",
            "How to stay safe on the road in winter:",
            "  * Check your brakes before every ride.",
            "  * Wear bright clothes after dark.",
            "  * Keep both hands on the bars on ice.",
            "  * Tell someone which route you take.",
            "",
            .. Menu,
        ]);

        var body = string.Join('\n', TextDumps.Extract(dump).Paragraphs);

        Assert.Contains("last climb of the year", body);
        Assert.Contains("How to stay safe on the road in winter:", body);
        Assert.Contains("Wear bright clothes after dark.", body);
        Assert.Contains("Tell someone which route you take.", body);
        Assert.DoesNotContain("Contact", body);
    }
}
