namespace Pipeline.Core.Extraction.Html;

/// <summary>
/// A second opinion on furniture names. Class names are generic and sometimes land on the story itself (a CMS wrapper
/// whose name says "meta", paragraphs in divs named "...text" next to a "teaser"): the story then counts against its own region and the
/// page comes out nearly empty. So the container is chosen again with names alone distrusted, and that choice wins
/// when it keeps far more prose. Landmarks (nav, footer...) and discussion threads stay furniture either way: a long
/// footer or comment thread is exactly what such prose would be otherwise.
/// </summary>
internal static class MislabelledStoryRescue
{
    private const double Margin = 2.0;
    private const double MinimumGain = 50;

    /// <param name="outline">The page, with furniture resolved; left resolved the way the returned container was chosen.</param>
    /// <param name="container">The container chosen trusting furniture names.</param>
    /// <param name="select">Chooses a container under the outline's current furniture verdicts.</param>
    public static int Review(PageOutline outline, int container, Func<int> select)
    {
        var kept = KeptProse(outline, container);
        outline.ResolveFurniture(trustNames: false);
        var second = select();
        if (KeptProse(outline, second) > Margin * kept + MinimumGain)
        {
            return second;
        }

        outline.ResolveFurniture(trustNames: true);
        return container;
    }

    /// <summary>The prose the block filter would keep from this container: its blocks minus furniture nested in it.</summary>
    private static double KeptProse(PageOutline outline, int container)
    {
        double kept = 0;
        foreach (var block in outline.Blocks)
        {
            var furniture = outline.FurnitureOf(block);
            var dropped = furniture >= 0 && furniture != container && outline.IsWithin(furniture, container);
            if (outline.IsWithin(block.Element, container) && !dropped)
            {
                kept += Math.Max(0, ContentBlockSelector.ProseValue(block));
            }
        }

        return kept;
    }
}
