namespace Pipeline.Core.Extraction.Html;

/// <summary>
/// The page's elements in document order (a flat tree: parent and subtree end per element) and the text blocks they hold.
/// Flat arrays let every later step work without recursion, whatever the nesting depth.
/// </summary>
internal sealed class PageOutline
{
    /// <summary>Headline, standfirst and byline make one paragraph at most; two of prose are the story's.</summary>
    private const int MinStoryParagraphsInHeader = 2;

    private const int MinParagraphWords = 15;

    public List<int> Parent { get; } = [];
    public List<int> SubtreeEnd { get; } = [];
    public List<string> Tag { get; } = [];
    public List<TextBlock> Blocks { get; } = [];

    /// <summary>Whether the element is named like page furniture (share bar, comments, related links...).</summary>
    public List<bool> NamedLikeFurniture { get; } = [];

    /// <summary>Furniture by a class/id name alone (not a landmark tag, not a discussion thread): a verdict open to review.</summary>
    public List<bool> FurnitureByNameOnly { get; } = [];

    /// <summary>Whether the element is a header inside an article (and not named like furniture).</summary>
    public List<bool> ArticleHeader { get; } = [];

    /// <summary>Per element: the nearest enclosing furniture element (itself included), or -1. Set by <see cref="ResolveFurniture"/>.</summary>
    public int[] NearestFurniture { get; private set; } = [];

    /// <summary>Alt texts of the page's images (as <see cref="TextKey"/>s): a block that repeats one is a caption.</summary>
    public HashSet<string> ImageDescriptions { get; } = new(StringComparer.Ordinal);

    /// <summary>The first element marked up as the article body (microdata itemprop="articleBody"), or -1.</summary>
    public int MarkedArticleBody { get; set; } = -1;

    public int ElementCount => Parent.Count;

    /// <summary>
    /// Settles which furniture marks count: a "furniture" element holding most of the page's words is a layout wrapper
    /// (a body with class "menu-dropdown", a page div with "has-sidebar"), not furniture. Without
    /// <paramref name="trustNames"/>, marks that rest on a class/id name alone are set aside too.
    /// </summary>
    public void ResolveFurniture(bool trustNames = true)
    {
        var words = new double[ElementCount];
        var paragraphs = new double[ElementCount];
        foreach (var block in Blocks)
        {
            words[block.Element] += block.Words - block.LinkWords;
            paragraphs[block.Element] += block.Tag == "p" && block.Words - block.LinkWords >= MinParagraphWords ? 1 : 0;
        }

        SumIntoAncestors(words);
        SumIntoAncestors(paragraphs);
        var total = ElementCount > 0 ? words[0] : 0;
        NearestFurniture = new int[ElementCount];
        for (var e = 0; e < ElementCount; e++)
        {
            // An article's header holds its headline, lead and byline; one holding paragraphs of prose holds the story.
            var isFurniture = NamedLikeFurniture[e] && (trustNames || !FurnitureByNameOnly[e]) && words[e] <= 0.5 * total
                && !(ArticleHeader[e] && paragraphs[e] >= MinStoryParagraphsInHeader);
            NearestFurniture[e] = isFurniture ? e : Parent[e] >= 0 ? NearestFurniture[Parent[e]] : -1;
        }
    }

    public int FurnitureOf(TextBlock block) => NearestFurniture[block.Element];

    /// <summary>Turns per-element values into per-subtree totals (children follow their parents, so one backward pass).</summary>
    public void SumIntoAncestors(double[] values)
    {
        for (var e = ElementCount - 1; e > 0; e--)
        {
            var parent = Parent[e];
            if (parent >= 0)
            {
                values[parent] += values[e];
            }
        }
    }

    /// <summary>Whether <paramref name="element"/> is <paramref name="ancestor"/> or inside it.</summary>
    public bool IsWithin(int element, int ancestor) => element >= ancestor && element < SubtreeEnd[ancestor];
}
