using Pipeline.Core.Extraction.Text;

namespace Pipeline.Core.Tests.Extraction.Text;

public sealed class AnnouncedListTests
{
    private static readonly TextBlock Announcement = Paragraph("In the end the members of the council agreed to:");

    [Fact]
    public void Take_AcceptsItemsAfterTheAnnouncementOverTheirLinksAndImages()
    {
        var list = new AnnouncedList();

        Assert.False(list.Take(Announcement));
        Assert.True(list.Take(Item("raise parking fees", indent: 3)));
        Assert.False(list.Take(Paragraph("http://example.com/fees")));
        Assert.False(list.Take(Paragraph("[fees-300x200]")));
        Assert.True(list.Take(Item("close two depots", indent: 3)));
    }

    [Fact]
    public void Take_EndsTheListAtAParagraph()
    {
        var list = new AnnouncedList();
        list.Take(Announcement);
        list.Take(Item("raise parking fees", indent: 3));

        Assert.False(list.Take(Paragraph("The opposition said the plan would hurt small shops.")));
        Assert.False(list.Take(Item("Home", indent: 3)));
    }

    [Fact]
    public void Take_EndsTheListAtAnItemIndentedDifferently()
    {
        var list = new AnnouncedList();
        list.Take(Announcement);
        list.Take(Item("raise parking fees", indent: 0));

        Assert.False(list.Take(Item("Share on Facebook", indent: 5)));
        Assert.False(list.Take(Item("Share by e-mail", indent: 0)));
    }

    [Fact]
    public void Take_RejectsListItemsNobodyAnnounced()
    {
        var list = new AnnouncedList();

        Assert.False(list.Take(Paragraph("Menu")));
        Assert.False(list.Take(Item("Home", indent: 3)));
    }

    private static TextBlock Paragraph(string text) => new(text, IsListItem: false, Indent: 3, LineCount: 1, BlankBefore: true, BlankAfter: true);

    private static TextBlock Item(string text, int indent) => new(text, IsListItem: true, Indent: indent, LineCount: 1, BlankBefore: false, BlankAfter: false);
}
