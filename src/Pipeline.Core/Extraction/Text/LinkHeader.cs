namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// lynx prints the titles of a page's <c>&lt;link&gt;</c> elements (feeds, alternates, the comment feed named after
/// the post) as the dump's first block, after a "#": page metadata, never the story, though a feed list reads as prose.
/// </summary>
internal static class LinkHeader
{
    public static bool Is(IReadOnlyList<TextBlock> blocks, int i) =>
        i == 0 && blocks.Count > 0 && blocks[0].Text.Length > 1 && blocks[0].Text[0] == '#' && char.IsLetterOrDigit(blocks[0].Text[1]);
}
