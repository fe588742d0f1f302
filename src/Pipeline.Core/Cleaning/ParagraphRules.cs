namespace Pipeline.Core.Cleaning;

/// <summary>
/// The one list of paragraph rules every format is cleaned with (text dumps, HTML, JSON text), in the order they are
/// tried: the first that matches names the reason a paragraph goes.
/// </summary>
public static class ParagraphRules
{
    private static readonly IParagraphRule[] Rules =
    [
        CounterLineRule.Instance, MarkupResidueRule.Instance, AdvertLabelRule.Instance, CopyrightLineRule.Instance, PhotoCaptionRule.Instance,
        CreditAndContactRule.Instance, ReadMoreLinkRule.Instance, DisclaimerRule.Instance, PromoParagraphRule.Instance, ArticlePromptRule.Instance,
        TagLineRule.Instance,
    ];

    public static IReadOnlyList<IParagraphRule> All => Rules;

    /// <summary>The first rule that calls <paramref name="paragraph"/> boilerplate, or null when none does.</summary>
    public static IParagraphRule? FirstMatch(string paragraph)
    {
        foreach (var rule in Rules)
        {
            if (rule.Matches(paragraph))
            {
                return rule;
            }
        }

        return null;
    }
}
