using Pipeline.Core.Extraction.Text;

namespace Pipeline.Core.Tests.Extraction.Text;

public sealed class WrappedLineJoinerTests
{
    // A paragraph lynx indented and wrapped at 78 columns.
    private static readonly string[] WrappedParagraph =
    [
        "   The committee published its final report on the collapse of the bridge,",
        "   and the minister promised to act on every one of its recommendations by",
        "   the end of the year, starting with new rules for inspections of older",
        "   crossings.",
    ];

    [Fact]
    public void Join_RejoinsChineseWrappedMidWordWithoutSpaces()
    {
        // 36 wide characters fill a 72-column line; the browser broke the sentence wherever the line was full.
        string[] lines =
        [
            "   市政府今天宣布，明年起将在旧城区增设十二条公交线路，并延长地铁末班车的运营时",
            "   间，以方便夜间工作的市民出行。",
            "",
            "   交通局表示，新线路将优先覆盖目前公共交通不足的社区，预计每天可服务约三万名乘",
            "   客，票价维持不变。",
            "",
            "   市民普遍欢迎这项计划，但也有人担心施工期间会造成交通拥堵，希望政府提前公布详",
            "   细安排。",
        ];

        var blocks = WrappedLineJoiner.Join(lines);

        Assert.Equal(3, blocks.Count);
        Assert.Equal("市政府今天宣布，明年起将在旧城区增设十二条公交线路，并延长地铁末班车的运营时间，以方便夜间工作的市民出行。", blocks[0].Text);
    }

    [Fact]
    public void Join_RejoinsASentenceThatAForcedBreakSplitInsideAWrappedParagraph()
    {
        // The page broke its lines with <br> mid-sentence; the browser then wrapped the long ones at 78 columns.
        string[] lines =
        [
            .. WrappedParagraph,
            "",
            "In a global market where energy has to be measured and managed efficiently and",
            "monitored",
            "around the clock, the company presents its revised range of meters for single",
            "and three-phase systems.",
            "",
            "   Engineers from four countries took part in the tests, which ran for more",
            "   than two years and covered every kind of load the meters will meet.",
            "   [photo.jpg]",
            "   von Anna Schmidt, editor",
        ];

        var blocks = WrappedLineJoiner.Join(lines);

        Assert.Contains(blocks, b => b.Text == "In a global market where energy has to be measured and managed efficiently and monitored around the clock, the company presents its revised range of meters for single and three-phase systems.");
        // An image placeholder ends no sentence: the byline under it stays apart.
        Assert.Contains(blocks, b => b.Text == "von Anna Schmidt, editor");
    }

    [Fact]
    public void Join_KeepsMenuLinesAndListItemsApart()
    {
        string[] lines =
        [
            .. WrappedParagraph,
            "",
            "     * Home",
            "     * World",
            "     * Business",
            "   Print Edition",
            "   Video",
        ];

        var blocks = WrappedLineJoiner.Join(lines);

        Assert.Equal(
            ["The committee published its final report on the collapse of the bridge, and the minister promised to act on every one of its recommendations by the end of the year, starting with new rules for inspections of older crossings.", "Home", "World", "Business", "Print Edition", "Video"],
            blocks.Select(b => b.Text));
        Assert.True(blocks[1].IsListItem);
    }

    [Fact]
    public void Join_LeavesUnwrappedReaderLinesAsTheyAre()
    {
        string[] lines =
        [
            "A long paragraph from a reader app that never wraps its lines, however long they get, because the app exports one paragraph per line.",
            "A caption right below it. Photo: Agency",
        ];

        Assert.Equal(2, WrappedLineJoiner.Join(lines).Count);
    }

    [Fact]
    public void Join_KeepsTheNumberOfANumberedItemForTheBodyButNotTheBullet()
    {
        string[] lines = ["   1. Freude und Leichtigkeit.", "", "     * Home"];

        var blocks = WrappedLineJoiner.Join(lines);

        Assert.Equal("Freude und Leichtigkeit.", blocks[0].Text);
        Assert.Equal("1. Freude und Leichtigkeit.", blocks[0].Printed);
        Assert.Equal("Home", blocks[1].Printed);
    }

    [Fact]
    public void Join_KeepsAHorizontalRuleApartFromTheHeadingAboveAndTheParagraphBelow()
    {
        // w3m prints <hr> as a full-width line of heavy dashes, which reads like a line the browser had to wrap.
        var rule = new string('━', 78);
        string[] lines =
        [
            "The committee published its final report on the collapse of the bridge, and",
            "the minister promised to act on every one of its recommendations this year.",
            "",
            "Further reading",
            rule,
            "Readers who want the full report can order a printed copy from the council,",
            "which will also publish the evidence given to the committee next month.",
        ];

        var blocks = WrappedLineJoiner.Join(lines).Select(b => b.Text).ToList();

        Assert.Equal("Further reading", blocks[1]);
        Assert.Equal(rule, blocks[2]);
        Assert.StartsWith("Readers who want", blocks[3]);
    }

    [Fact]
    public void Join_RejoinsAShortDumpWrappedRaggedlyShortOfEightyColumns()
    {
        // Too few lines end at one column to show the edge, and one code line runs past it: the browser's default 80.
        string[] lines =
        [
            "2020-01-16",
            "",
            "For the first time in many years I use a Linux machine for all my work. In",
            "general I am very pleased with the system I have set up. But of course, as",
            "always, there are things that don't \"just work\".",
            "",
            "Like... copy selected text from a tmux pane to the clipboard.",
            "",
            "bind-key -T copy-mode-vi MouseDragEnd1Pane send-keys -X copy-pipe-and-cancel \"xclip -se c -i\"",
            "",
            "All content is licensed under a Creative Commons Attribution 4.0 International",
            "License, unless stated otherwise.",
        ];

        var blocks = WrappedLineJoiner.Join(lines);

        Assert.StartsWith("For the first time", blocks[1].Text);
        Assert.EndsWith("don't \"just work\".", blocks[1].Text);
    }
}
