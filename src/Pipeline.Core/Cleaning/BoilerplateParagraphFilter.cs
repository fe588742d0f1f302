using Pipeline.Core.Articles;
namespace Pipeline.Core.Cleaning;

/// <summary>Drops the paragraphs <see cref="ParagraphRules"/> call boilerplate, saying which rule removed each.</summary>
public static class BoilerplateParagraphFilter
{
    public static IReadOnlyList<string> Drop(IReadOnlyList<string> paragraphs, ICollection<RemovedText>? removed = null)
    {
        var kept = new List<string>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            if (ParagraphRules.FirstMatch(paragraph) is { } rule)
            {
                removed?.Add(new RemovedText(paragraph, rule.Name));
            }
            else
            {
                kept.Add(paragraph);
            }
        }

        return kept;
    }
}
