using Pipeline.Core.Extraction.Text;

namespace Pipeline.Core.Tests.Extraction.Text;

/// <summary>w3m prints a page's layout table as side-by-side columns: a menu cell and the story cell share lines.</summary>
public sealed class ColumnLayoutTests
{
    private static readonly string[] MenuBesideStory =
    [
        "Harbour News",
        "",
        "Home            The council approved the new ferry timetable on Monday after",
        "Politics        a debate that ran late into the night, and the first boats",
        "Business        will run on the new schedule from the start of next month.",
        "Sport",
        "Weather         Residents of the islands had asked for earlier crossings for",
        "                years, and the operator agreed to add two morning sailings.",
        "",
        "Copyright Harbour News",
    ];

    [Fact]
    public void Unfold_ReadsMenuColumnThenStoryColumn()
    {
        var unfolded = ColumnLayout.Unfold(string.Join("\n", MenuBesideStory), MenuBesideStory);

        var lines = unfolded.Lines.Where(l => l.Length > 0).ToList();
        Assert.Equal(["Harbour News", "Home", "Politics", "Business", "Sport", "Weather"], lines.Take(6));
        Assert.Equal("The council approved the new ferry timetable on Monday after", lines[6]);
        Assert.Equal("Copyright Harbour News", lines[^1]);
    }

    [Fact]
    public void Extract_KeepsStoryBesideMenuAsWholeParagraphsWithoutMenuWords()
    {
        var article = TextDumps.Extract(string.Join("\n", MenuBesideStory));

        Assert.Equal(
            [
                "The council approved the new ferry timetable on Monday after a debate that ran late into the night, and the first boats will run on the new schedule from the start of next month.",
                "Residents of the islands had asked for earlier crossings for years, and the operator agreed to add two morning sailings.",
            ],
            article.Paragraphs);
    }

    [Fact]
    public void Unfold_KeepsRowsOfADataTableTogether()
    {
        string[] lines =
        [
            "Rider            Points   Wins",
            "Anna Berg        5000     12",
            "Tom Reed         4900     11",
            "Maria Lopez      4800     9",
            "Jan Kowalski     4700     8",
        ];

        AssertLeftAlone(lines);
    }

    [Fact]
    public void Unfold_KeepsLabelsOfAFactBoxWithTheirValues()
    {
        string[] lines =
        [
            "Director:      Anna Berg",
            "Producer:      Tom Reed",
            "Music:         Maria Lopez",
            "Location:      Harbour studios",
        ];

        AssertLeftAlone(lines);
    }

    [Fact]
    public void Unfold_LeavesLabelAndValueLinesAlone()
    {
        string[] lines =
        [
            "The ferry leaves the harbour at seven and returns before noon on weekdays.",
            "Departure:      07:00",
            "Return:         11:30",
            "The operator said the timetable would be reviewed again in the spring.",
        ];

        AssertLeftAlone(lines);
    }

    [Fact]
    public void Unfold_MeasuresColumnsInDisplayWidthBesideWideCharacters()
    {
        // Each CJK character takes two columns: the story column starts at column 16 on every line.
        string[] lines =
        [
            "首页            The council approved the new ferry timetable on Monday.",
            "新闻            Residents of the islands had asked for earlier crossings.",
            "体育            The operator agreed to add two morning sailings.",
        ];

        var unfolded = ColumnLayout.Unfold(string.Join("\n", lines), lines).Lines.Where(l => l.Length > 0);

        Assert.Equal(
            ["首页", "新闻", "体育", "The council approved the new ferry timetable on Monday.", "Residents of the islands had asked for earlier crossings.", "The operator agreed to add two morning sailings."],
            unfolded);
    }

    // Lines that are no side-by-side layout come back as the very same array.
    private static void AssertLeftAlone(string[] lines) => Assert.Same(lines, ColumnLayout.Unfold(string.Join("\n", lines), lines).Lines);
}
