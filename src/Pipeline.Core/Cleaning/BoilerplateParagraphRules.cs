namespace Pipeline.Core.Cleaning;

/// <summary>Every paragraph-level boilerplate rule at once: what no article body contains, wherever it appears.</summary>
public static class BoilerplateParagraphRules
{
    public static bool IsBoilerplate(string paragraph) =>
        CounterLineRule.IsCounterLine(paragraph) || MarkupResidueRule.IsMarkup(paragraph) || AdvertLabelRule.IsAdvertLabel(paragraph) || CopyrightLineRule.IsCopyright(paragraph) || PhotoCaptionRule.IsCaption(paragraph)
        || CreditAndContactRule.IsCreditOrContact(paragraph) || ReadMoreLinkRule.IsReadMoreLink(paragraph) || DisclaimerRule.IsDisclaimer(paragraph) || PromoParagraphRule.IsPromo(paragraph) || ArticlePromptRule.IsArticlePrompt(paragraph)
        || TagLineRule.IsTagLine(paragraph);
}
