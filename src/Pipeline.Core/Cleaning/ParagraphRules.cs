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
        CreditAndContactRule.Instance, EmailLineRule.Instance, ReadMoreLinkRule.Instance, DisclaimerRule.Instance, PromoParagraphRule.Instance, ArticlePromptRule.Instance,
        TagLineRule.Instance, BylineRule.Instance, SubscribePromptRule.Instance, DonationAppealRule.Instance, LabelLineRule.Instance, CssIdentifierRule.Instance, StockLabelRule.Instance,
    ];

    /// <summary>
    /// Rules a page's markup decides better than its text: in HTML a line of numbers is a table cell or list item
    /// ("Meal 2", "350 g Mehl", "20.12.2022"), an e-mail address sits in the story's own contact list, and a paragraph
    /// about subscriptions and prices inside the story is a deal article's text, while share bars, author boxes and the
    /// site's own pitches are told by their elements. In a dump or a JSON text nothing says so, and the rules apply.
    /// (Counter and e-mail lines applied to HTML cost traf-dev 0.932 -> 0.929 and aeb-dev 0.977 -> 0.975, on both
    /// folds; promos cost aeb-dev a deal article's paragraph.)
    /// </summary>
    private static readonly IParagraphRule[] MarkupDecides = [CounterLineRule.Instance, EmailLineRule.Instance, PromoParagraphRule.Instance];

    public static IReadOnlyList<IParagraphRule> All => Rules;

    /// <summary>The first rule that calls <paramref name="paragraph"/> boilerplate, or null when none does.</summary>
    public static IParagraphRule? FirstMatch(string paragraph)
    {
        if (ParagraphRuleMemo.Current is { } memo)
        {
            if (memo.TryGetValue(paragraph, out var known))
            {
                return known;
            }

            return memo[paragraph] = Match(paragraph);
        }

        return Match(paragraph);
    }

    private static IParagraphRule? Match(string paragraph)
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

    /// <summary>The first rule that calls a block of an HTML page boilerplate by its text, or null: every rule but those the markup decides.</summary>
    public static IParagraphRule? FirstMatchInPage(string paragraph)
    {
        foreach (var rule in Rules)
        {
            if (Array.IndexOf(MarkupDecides, rule) < 0 && rule.Matches(paragraph))
            {
                return rule;
            }
        }

        return null;
    }
}
