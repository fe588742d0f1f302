using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Drops the boilerplate blocks found inside dumped articles: counters and icons, copyright lines, promo pitches,
/// credits, contacts and disclaimers, photo captions (by their credit, or because a caption is printed twice in a row
/// or says the same thing twice in one block)
/// and every later copy of a dropped block, and inline related-story headlines.
/// </summary>
public static class TextDumpCleaner
{
    private const int MaxCaptionWords = 60;

    /// <param name="blocks">The article's blocks.</param>
    /// <param name="removed">Where each dropped block is recorded with the name of the rule or step that dropped it, if given.</param>
    /// <param name="page">Every block of the page the article was found in, if known (see <see cref="RelatedHeadlineRule"/>).</param>
    public static List<TextBlock> Clean(IReadOnlyList<TextBlock> blocks, IDictionary<TextBlock, string>? removed = null, IReadOnlyList<TextBlock>? page = null)
    {
        // Each dropped text, with the reason a later copy of it is given: a rule calls the copy what it called the
        // first; a copy of a doubled caption is dropped because its text was.
        var dropped = new Dictionary<string, string>(StringComparer.Ordinal);
        var kept = new List<TextBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var text = block.Text;
            if (dropped.TryGetValue(text, out var again))
            {
                removed?.TryAdd(block, again);
                continue;
            }

            var rule = ParagraphRules.FirstMatch(text)?.Name;
            var reason = rule ?? (IsDoubled(blocks, i) ? "doubled-caption" : DoubledText.Is(text) || DoubledText.OpensTwice(text) ? "doubled-text" : null);
            if (reason is not null)
            {
                dropped.Add(text, rule ?? "repeat-of-removed");
                removed?.TryAdd(block, reason);
                continue;
            }

            kept.Add(block);
        }

        return DropRelatedHeadlines(kept, removed, page);
    }

    /// <summary>A short block printed twice in a row is an image's alt text and caption.</summary>
    private static bool IsDoubled(IReadOnlyList<TextBlock> blocks, int i) =>
        i + 1 < blocks.Count && blocks[i + 1].Text == blocks[i].Text && blocks[i].Text.Split(' ').Length <= MaxCaptionWords;

    private static List<TextBlock> DropRelatedHeadlines(List<TextBlock> blocks, IDictionary<TextBlock, string>? removed, IReadOnlyList<TextBlock>? page)
    {
        var kept = new List<TextBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var previous = i > 0 ? blocks[i - 1] : null;
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            if (!RelatedHeadlineRule.IsRelatedHeadline(blocks[i], previous, next, page))
            {
                kept.Add(blocks[i]);
            }
            else
            {
                removed?.TryAdd(blocks[i], "related-headline");
            }
        }

        return kept;
    }
}
