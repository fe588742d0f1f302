using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Extends an article over the structured content that follows its prose: a table, a menu plan, a schedule, a
/// recipe, a list its last sentence announces (<see cref="AnnouncedList"/>). Text browsers print such content as short lines (table rows, labels, headings, lists of values) that the
/// prose scorer counts against and whose labels recur from section to section, so the densest run of prose stops
/// where the structure starts. The structure still belongs to the article when nothing of the page's own chrome
/// comes between them (no menu or link list, no section heading, no boilerplate) and it keeps carrying values
/// (<see cref="ItemShape"/>) at short intervals, not a column of bare headlines or captions.
/// </summary>
internal static class StructuredContinuation
{
    /// <summary>
    /// Blocks between two items that are neither items nor recurring labels: at most a section heading and its label, an
    /// image and its caption, the sentence announcing a table and the table's header row.
    /// </summary>
    private const int MaxGap = 6;

    /// <summary>A table or list has at least three rows; fewer values after an article are a byline, a date, a tag line.</summary>
    private const int MinItems = 3;

    /// <summary>The index of the last block the article extends to from <paramref name="end"/>.</summary>
    public static int Extend(IReadOnlyList<TextBlock> blocks, BlockScores scores, int end)
    {
        var lastItem = end;
        var items = 0;
        var gap = 0;
        var announced = new AnnouncedList();
        announced.Take(blocks[end]);
        // A photo (w3m's placeholder, its caption or credit) may stand between the story's last paragraph and the sentence
        // announcing its list: that sentence is still the next of the story's.
        var next = end + 1;
        while (next < blocks.Count && IsPhoto(blocks[next]))
        {
            next++;
        }

        for (var i = end + 1; i < blocks.Count && gap <= MaxGap; i++)
        {
            var block = blocks[i];
            // Only the story's last sentence (past a photo) announces its list: a colon line further on is a teaser's blurb
            // cut short ("... spricht Klartext:") over a list of other stories.
            if (i < next)
            {
                gap++;
                continue;
            }

            var announcedItem = announced.Take(block, mayOpen: i == next);
            if (!announcedItem && EndsArticle(block, scores.Score[i]))
            {
                break;
            }

            if (announcedItem || ItemShape.IsItem(block.Text))
            {
                (lastItem, items, gap) = (i, items + 1, 0);
            }
            else if (!scores.Repeated[i])
            {
                // A label printed again in every section ("Breakfast", "Serves") is structure; anything else widens the gap.
                gap++;
            }
        }

        return items >= MinItems ? lastItem : end;
    }

    /// <summary>A photo's caption or credit, or its placeholder: one bracketed token (an image's file name as w3m prints it).</summary>
    private static bool IsPhoto(TextBlock block) =>
        !block.IsListItem
        && (block.Text is ['[', _, .., ']'] && !block.Text.Any(char.IsWhiteSpace) || ParagraphRules.FirstMatch(block.Text) is { Name: "photo-caption" });

    private static bool EndsArticle(TextBlock block, double score) =>
        double.IsNegativeInfinity(score)
        || BlockScorer.IsChrome(block, BlockShape.Of(block.Text))
        || SectionHeadingRule.IsSectionHeading(block)
        // Numbered labels ("Meal 2", "30 minutes") look like widget counters; the cleaner drops real counters anyway.
        || ParagraphRules.FirstMatch(block.Text) is not null && !CounterLineRule.IsCounterLine(block.Text);
}
