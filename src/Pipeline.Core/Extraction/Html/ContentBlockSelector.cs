namespace Pipeline.Core.Extraction.Html;

/// <summary>
/// Picks the element that holds the story: the subtree whose blocks add up to the most prose, where link lists,
/// furniture and scraps of short text count against it. Maximising that sum finds the tightest container that still
/// has all the story's paragraphs, including ones split by ads or pull quotes, without a fixed depth or threshold.
/// </summary>
internal static class ContentBlockSelector
{
    public static int SelectContainer(PageOutline outline)
    {
        var score = new double[outline.ElementCount];
        foreach (var block in outline.Blocks)
        {
            score[block.Element] += Value(block, outline);
        }

        return BestSubtree(outline, score);
    }

    /// <summary>The element with the highest subtree total (the deepest on ties, so wrappers that add nothing lose).</summary>
    private static int BestSubtree(PageOutline outline, double[] own)
    {
        outline.SumIntoAncestors(own);
        var best = 0;
        for (var e = 1; e < outline.ElementCount; e++)
        {
            if (own[e] >= own[best])
            {
                best = e;
            }
        }

        return best;
    }

    private static double Value(TextBlock block, PageOutline outline)
    {
        if (outline.FurnitureOf(block) >= 0)
        {
            return -0.5 * block.Words;
        }

        var density = block.LinkDensity;
        return density > 0.5 ? -block.Words : block.Words * (1 - 2 * density) - 3;
    }
}
