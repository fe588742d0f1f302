using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Follows a list that a sentence ending in a colon announces ("The council agreed to:") while blocks are walked in
/// order: its items are the article's own, however much they look like a menu's links. The list runs on over its
/// items' link targets, images and wrapped tails, which text browsers print as short lines of their own, and ends at
/// a paragraph or at a list item indented differently from its first item (another list: a share bar, a menu).
/// </summary>
internal sealed class AnnouncedList
{
    private bool open;
    private int? itemIndent;

    /// <summary>Moves past <paramref name="block"/>; true when it is an item of the announced list (with words in it, not an icon).</summary>
    /// <param name="block">The next block.</param>
    /// <param name="mayOpen">Whether <paramref name="block"/> may announce a list: after an article only its last sentence does.</param>
    public bool Take(TextBlock block, bool mayOpen = true)
    {
        if (mayOpen && Introduces(block))
        {
            (open, itemIndent) = (true, null);
            return false;
        }

        if (!open)
        {
            return false;
        }

        if (!block.IsListItem)
        {
            open = !SentenceEnd.IsEndOf(block.Text) && BlockShape.Of(block.Text).Words < BlockScorer.ShortWords;
            return false;
        }

        itemIndent ??= block.Indent;
        open = block.Indent == itemIndent;
        return open && block.Text.Any(char.IsLetter);
    }

    private static bool Introduces(TextBlock block) =>
        !block.IsListItem && block.Text.Length > 0 && block.Text[^1] is ':' or '：' && BlockShape.Of(block.Text).Words >= BlockScorer.ShortWords;
}
