namespace Pipeline.Core.Extraction.Html;

/// <summary>
/// Picks the element that holds the story: the subtree whose blocks add up to the most prose, where link lists,
/// furniture and scraps of short text count against it. Maximising that sum finds the tightest container that still
/// has all the story's paragraphs, including ones split by ads or pull quotes, without a fixed depth or threshold.
/// </summary>
internal static class ContentBlockSelector
{
    /// <param name="outline">The page.</param>
    /// <param name="anchor">An element known to be story (located by articleBody), or -1: the container must hold it.
    /// Climbing from the anchor rather than trusting it keeps the whole story when articleBody is only a teaser.</param>
    public static int SelectContainer(PageOutline outline, int anchor = -1)
    {
        var score = new double[outline.ElementCount];
        foreach (var block in outline.Blocks)
        {
            score[block.Element] += Value(block, outline);
        }

        if (anchor < 0)
        {
            var container = BestSubtree(outline, score);
            return FirstOfSeveralArticles(outline, score, container);
        }

        outline.SumIntoAncestors(score);
        var best = anchor;
        for (var e = outline.Parent[anchor]; e >= 0; e = outline.Parent[e])
        {
            if (score[e] > score[best])
            {
                best = e;
            }
        }

        return best;
    }

    /// <summary>
    /// When the container holds two or more substantial article elements (the next story preloaded under this one,
    /// infinite scroll), the page's own story is the first of them.
    /// </summary>
    private static int FirstOfSeveralArticles(PageOutline outline, double[] totals, int container)
    {
        var first = -1;
        var substantial = 0;
        for (var e = container + 1; e < outline.SubtreeEnd[container]; e++)
        {
            if (outline.Tag[e] != "article")
            {
                continue;
            }

            if (totals[e] > 0.25 * totals[container])
            {
                first = first < 0 ? e : first;
                substantial++;
            }

            e = outline.SubtreeEnd[e] - 1; // Articles nested in an article belong to it.
        }

        return substantial >= 2 ? first : container;
    }

    /// <summary>
    /// The element with the highest subtree total (the deepest on ties, so wrappers that add nothing lose), among
    /// elements that hold text at all: on a page of scraps every total can be zero.
    /// </summary>
    private static int BestSubtree(PageOutline outline, double[] own)
    {
        var blocks = new double[outline.ElementCount];
        foreach (var block in outline.Blocks)
        {
            blocks[block.Element]++;
        }

        outline.SumIntoAncestors(own);
        outline.SumIntoAncestors(blocks);
        var best = 0;
        for (var e = 1; e < outline.ElementCount; e++)
        {
            if (blocks[e] > 0 && own[e] >= own[best])
            {
                best = e;
            }
        }

        return best;
    }

    /// <summary>
    /// What a block says about the region holding it: prose counts for it (a short scrap slightly against), link lists,
    /// teasers and furniture against it.
    /// </summary>
    private static double Value(TextBlock block, PageOutline outline) =>
        outline.FurnitureOf(block) >= 0 && !IsTeaserHeadline(block) ? -0.5 * block.Words : ProseValue(block);

    /// <summary>The block's value judged by its text alone, whatever the names around it say.</summary>
    internal static double ProseValue(TextBlock block)
    {
        // A headline that links elsewhere heads a teaser card; its blurb reads like prose, so the card must cost overall.
        // Teaser blurbs cost extra for the same reason.
        if (IsTeaserHeadline(block) || block.IsTeaser)
        {
            return -block.Words - 10;
        }

        if (block.IsLinkList)
        {
            return -block.Words;
        }

        return block.Words * (1 - 2 * block.LinkDensity) - 3;
    }

    private static bool IsTeaserHeadline(TextBlock block) => block.IsHeading && block.LinkDensity > 0.5;
}
