namespace Pipeline.Core.Extraction.Html;

/// <summary>One block-level unit of text (a paragraph, list item, heading, quote...) as laid out on the page.</summary>
/// <param name="Text">The block's text, whitespace collapsed.</param>
/// <param name="Element">Preorder index of the block element that owns the text.</param>
/// <param name="Tag">That element's tag name.</param>
/// <param name="Words">Number of words.</param>
/// <param name="LinkWords">Words inside links.</param>
internal sealed record TextBlock(string Text, int Element, string Tag, int Words, int LinkWords)
{
    public double LinkDensity => Words == 0 ? 0 : (double)LinkWords / Words;

    /// <summary>
    /// Mostly links: a menu, a list of related stories, a tag cloud. A paragraph that reads as a sentence may link
    /// more of its words (a linked name "was eliminated from" a linked show) before it counts as a list.
    /// </summary>
    public bool IsLinkList => LinkDensity > (Tag == "p" && EndsSentence ? 0.7 : 0.5);

    public bool IsHeading => Tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>A blurb cut off with an ellipsis next to a link or in a list item: a teaser for another page.</summary>
    public bool IsTeaser => (LinkWords > 0 || Tag == "li") && (Text.EndsWith("...", StringComparison.Ordinal) || Text.EndsWith('…'));

    /// <summary>Ends like a sentence, allowing for a closing quote or bracket.</summary>
    // Over a span: asked of most blocks of a page, and TrimEnd(params char[]) made an array and a string each time.
    private bool EndsSentence => Text.AsSpan().TrimEnd().TrimEnd("\"\u201D\u2019)") is { Length: > 0 } end && end[^1] is '.' or '!' or '?';
}
