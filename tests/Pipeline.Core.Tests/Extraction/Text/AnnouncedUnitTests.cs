namespace Pipeline.Core.Tests.Extraction.Text;

/// <summary>What a story's closing colon announces (a code block, a link) and the page furniture printed under it.</summary>
public sealed class AnnouncedUnitTests
{
    private static readonly string[] Menu = ["     * Home", "     * Archive", "     * Contact", ""];

    private static readonly string[] Prose =
    [
        "   For the first time in many years I wanted to do something that sounds",
        "   trivial: copy the text I select with the mouse in a terminal multiplexer",
        "   pane straight to the clipboard of the desktop, without any extra keys.",
        "",
        "   It took me a whole evening of reading manuals and trying options that",
        "   either did nothing at all or broke the scrolling, until I gave up on it.",
        "",
    ];

    [Fact]
    public void Extract_KeepsTheCodeBlockTheLastSentenceAnnounces()
    {
        // lynx prints a <pre> block at the margin, one line per block, with no blank line between its lines.
        var dump = string.Join('\n',
        [
            .. Menu,
            .. Prose,
            "   As usual, the answer was already written up somewhere. In short:",
            "# .tmux.conf",
            "set-option -g mouse on",
            "set-option -s set-clipboard off",
            "bind-key -T copy-mode-vi MouseDragEnd1Pane send-keys -X copy-pipe-and-cancel \"xclip -se c -i\"",
            "",
            "     * linux",
            "     * tmux",
            "",
        ]);

        var article = TextDumps.Extract(dump);

        Assert.StartsWith("For the first time", article.Paragraphs[0]);
        Assert.Contains("set-option -g mouse on", article.Paragraphs);
        Assert.Contains("set-option -s set-clipboard off", article.Paragraphs);
        Assert.DoesNotContain("tmux", article.Paragraphs);
    }

    [Fact]
    public void Extract_KeepsTheAnnouncedLinkButNotThePostNavigationUnderIt()
    {
        var dump = string.Join('\n',
        [
            .. Menu,
            .. Prose,
            "   So please, all of you, sign the petition against the new tariffs:",
            "",
            "   http://www.example.org/petition/online/against-the-new-tariffs",
            "   ← Our first monthly meetup is fixed!",
            "   Next post: The party as a matchmaker →",
            "",
            .. Menu,
        ]);

        var article = TextDumps.Extract(dump);

        // The link's line is the piece announced; a sentence printed under it (the previous post's title) is not.
        Assert.Equal("http://www.example.org/petition/online/against-the-new-tariffs", article.Paragraphs[^1]);
    }
}
