using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction.Html;

/// <summary>
/// Uses the JSON-LD articleBody the page ships to find where the story sits in the DOM: the element whose words best
/// cover articleBody's words (by F1 over word bags). The output text still comes from the DOM, so paragraphs and
/// headings stay as laid out; articleBody is often truncated, flattened or stale, so it only chooses the region.
/// </summary>
internal static class ArticleBodyLocator
{
    private const double MinimumAgreement = 0.5;

    /// <summary>
    /// The best-covering element (-1 when none agrees well enough), and whether articleBody looks like a teaser:
    /// the element around the match holds far more text than articleBody, so the story goes on past it.
    /// </summary>
    public static (int Element, bool IsTeaser) Locate(PageOutline outline, string articleBody)
    {
        // Words are compared as slices of the texts: every block of the page is read, twice when the container is chosen again.
        var expected = new Dictionary<string, int>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var expectedCount = 0;
        foreach (var word in WordTokenizer.Words(articleBody))
        {
            expected[word] = expected.TryGetValue(word, out var count) ? count + 1 : 1;
            expectedCount++;
        }

        if (expectedCount < 15)
        {
            return (-1, false); // Too short to locate anything reliably.
        }

        var matched = new double[outline.ElementCount];
        var words = new double[outline.ElementCount];
        var prose = 0;
        foreach (var block in outline.Blocks)
        {
            if (outline.FurnitureOf(block) >= 0)
            {
                continue;
            }

            prose += ContentBlockSelector.ProseValue(block) > 0 ? block.Words : 0;

            foreach (var word in WordTokenizer.Words(block.Text))
            {
                words[block.Element]++;
                if (expected.ContainsKey(word))
                {
                    matched[block.Element]++;
                }
            }
        }

        // Totals per subtree, then F1 = 2·matched / (words + expected).
        outline.SumIntoAncestors(matched);
        outline.SumIntoAncestors(words);
        var best = -1;
        var bestF1 = MinimumAgreement;
        for (var e = 0; e < outline.ElementCount; e++)
        {
            var f1 = 2 * matched[e] / (words[e] + expectedCount);
            if (f1 >= bestF1)
            {
                (best, bestF1) = (e, f1);
            }
        }

        // A teaser: the element around the match holds far more text, or the page has far more prose than articleBody.
        var around = best >= 0 && outline.Parent[best] >= 0 ? words[outline.Parent[best]] : 0;
        return (best, around > 2 * expectedCount || prose > 4 * expectedCount);
    }
}
