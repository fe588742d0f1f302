using System.Text;
using AngleSharp.Dom;
using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction.Html;

/// <summary>
/// Walks the DOM once, iteratively, and cuts its visible text into blocks at block-level element boundaries.
/// Elements that never hold story text (scripts, form controls, media, figures and their captions) and hidden ones are
/// skipped whole; landmarks (nav, header, footer, aside) and elements named like furniture are kept but marked, so
/// their link lists still count against a region and the selector can judge them relative to the story.
/// </summary>
internal sealed class PageOutlineBuilder
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "video", "audio",
        "button", "select", "input", "textarea", "label", "figure", "figcaption",
        "head", "title", "meta", "link", "picture", "img", "dialog", "menu", "source", "map",
    };

    // Landmarks that hold furniture by definition; kept (not skipped) so their link lists still count against a region.
    private static readonly HashSet<string> FurnitureTags = new(StringComparer.Ordinal) { "nav", "footer", "aside", "header" };

    private static readonly HashSet<string> BlockLevel = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "table", "tr", "tbody", "thead", "tfoot", "caption", "address", "center", "form",
        "fieldset", "details", "summary", "hr", "br", "body", "html", "nav", "footer", "aside", "header",
    };

    private readonly PageOutline outline = new();
    private readonly StringBuilder text = new();
    private int textWords;
    private int linkWords;
    private bool pendingSpace;

    public static PageOutline Build(IElement root)
    {
        var outline = new PageOutlineBuilder().Walk(root);
        outline.ResolveFurniture();
        return outline;
    }

    private readonly record struct Frame(INode Node, int Element, bool InLink, int Owner, bool IsBlock, bool InArticleBody = false, bool InArticle = false);

    private PageOutline Walk(IElement root)
    {
        var stack = new Stack<(Frame Frame, bool Leaving)>();
        stack.Push((new Frame(root, -1, false, -1, false), false));
        while (stack.Count > 0)
        {
            var (frame, leaving) = stack.Pop();
            if (leaving)
            {
                if (frame.IsBlock)
                {
                    Flush(frame.Owner);
                }

                outline.SubtreeEnd[frame.Element] = outline.ElementCount;
                continue;
            }

            if (frame.Node is IText textNode)
            {
                AppendText(textNode.Data, frame.InLink);
                continue;
            }

            if (frame.Node is not IElement element)
            {
                continue;
            }

            if (element.LocalName == "img" && element.GetAttribute("alt") is { Length: > 0 } alt)
            {
                outline.ImageDescriptions.Add(TextKey.Of(alt)); // A caption often repeats the picture's alt text.
            }

            // The marked article body's noscript is its text for readers without scripts (a blog that renders the
            // story from a script template); elsewhere noscript holds trackers, image and gallery fallbacks.
            if (IsSkipped(element) && !(frame.InArticleBody && element.LocalName == "noscript"))
            {
                continue;
            }

            var tag = element.LocalName;
            var isBlock = BlockLevel.Contains(tag);
            var itemProp = element.GetAttribute("itemprop");
            var namedLikeFurniture = BoilerplateVocabulary.IsBoilerplate(element.ClassName, element.Id);
            // itemprop="description" is not furniture: pages mark their standfirst with it, and some every paragraph.
            var isFurniture = FurnitureTags.Contains(tag) || namedLikeFurniture;
            if (isFurniture && !isBlock)
            {
                if (!HasBlockChild(element))
                {
                    continue; // An inline share link or visually-hidden label inside a paragraph: not part of its text.
                }

                isBlock = true; // A span wrapping paragraphs lays them out as blocks, whatever its tag.
            }

            var isArticleBody = IsArticleBody(itemProp);
            if (isArticleBody && outline.MarkedArticleBody < 0)
            {
                outline.MarkedArticleBody = outline.ElementCount;
            }

            var id = outline.ElementCount;
            outline.Parent.Add(frame.Element);
            outline.SubtreeEnd.Add(id + 1);
            outline.Tag.Add(tag);
            outline.NamedLikeFurniture.Add(isFurniture && tag is not ("body" or "main" or "blockquote"));
            outline.ArticleHeader.Add(tag == "header" && frame.InArticle && !namedLikeFurniture);
            outline.FurnitureByNameOnly.Add(namedLikeFurniture && !FurnitureTags.Contains(tag) && !BoilerplateVocabulary.IsDiscussion(element.ClassName, element.Id));
            var owner = isBlock ? id : frame.Owner;
            if (isBlock)
            {
                // Text before this block belongs to the enclosing block.
                Flush(frame.Owner);
            }

            if (tag is "td" or "th")
            {
                pendingSpace = text.Length > 0; // Cells of a row read as one line.
            }

            var inLink = frame.InLink || tag == "a";
            var inArticleBody = frame.InArticleBody || isArticleBody;
            stack.Push((new Frame(element, id, inLink, owner, isBlock), true));
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((new Frame(children[i], id, inLink, owner, false, inArticleBody, frame.InArticle || tag == "article"), false));
            }
        }

        return outline;
    }

    /// <summary>itemprop names one or more properties: "articleBody", "articleBody text".</summary>
    private static bool IsArticleBody(string? itemProp)
    {
        if (itemProp is null)
        {
            return false;
        }

        foreach (var range in itemProp.AsSpan().Split(' '))
        {
            if (itemProp.AsSpan()[range].Equals("articleBody", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasBlockChild(IElement element)
    {
        foreach (var child in element.Children)
        {
            if (BlockLevel.Contains(child.LocalName))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSkipped(IElement element)
    {
        if (Skipped.Contains(element.LocalName) || element.HasAttribute("hidden"))
        {
            return true;
        }

        if (element.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }

        if (element.GetAttribute("style") is not { } style)
        {
            return false;
        }

        var compact = style.Replace(" ", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase) || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    private void AppendText(string data, bool inLink)
    {
        var inWord = false;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = text.Length > 0;
                inWord = false;
                continue;
            }

            if (pendingSpace)
            {
                text.Append(' ');
                pendingSpace = false;
            }

            text.Append(c);
            if (!char.IsLetterOrDigit(c))
            {
                inWord = false;
                continue;
            }

            // Chinese and Japanese don't space their words: count each ideograph or kana as one, as the tokenizer does.
            var unspaced = !char.IsSurrogate(c) && WordTokenizer.IsUnspacedScript(new Rune(c));
            if (!inWord || unspaced)
            {
                textWords++;
                linkWords += inLink ? 1 : 0;
            }

            inWord = !unspaced;
        }
    }

    private void Flush(int owner)
    {
        if (text.Length > 0 && owner >= 0 && textWords > 0)
        {
            outline.Blocks.Add(new TextBlock(text.ToString(), owner, outline.Tag[owner], textWords, linkWords));
        }

        text.Clear();
        textWords = 0;
        linkWords = 0;
        pendingSpace = false;
    }
}
