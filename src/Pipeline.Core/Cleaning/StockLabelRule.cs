namespace Pipeline.Core.Cleaning;

/// <summary>
/// Recognises the stock labels of page widgets standing as a line of their own: "Share this article", "Read more",
/// "Comments", "Print", "Skip to content", "Loading", "Advertisement" in the languages seen most.
/// </summary>
public sealed class StockLabelRule : IParagraphRule
{
    public static readonly StockLabelRule Instance = new();

    private const int MaxLength = 40;

    private static readonly HashSet<string> Labels = new(
        [
            "advertisement", "advertising", "sponsored", "share", "share this", "share this article", "share this story",
            "read more", "continue reading", "related", "related articles", "related stories", "sign up", "subscribe",
            "click here", "more", "comments", "print", "email", "tweet", "close", "skip to content", "story continues below",
            "story continues below advertisement", "continue reading below", "scroll to continue", "ad", "loading", "advert",
            // The same notice in the languages of the pages we see most ("advertisement").
            "anzeige", "werbung", "publicidad", "publicité", "pubblicità", "publicidade", "iklan", "реклама", "advertentie",
        ],
        StringComparer.OrdinalIgnoreCase);

    // Looked up by span: most blocks of a page are short, and each would otherwise be trimmed into a new string first.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LabelLookup = Labels.GetAlternateLookup<ReadOnlySpan<char>>();

    private StockLabelRule()
    {
    }

    public string Name => "stock-label";

    public bool Matches(string paragraph) => paragraph.Length <= MaxLength && LabelLookup.Contains(paragraph.AsSpan().Trim().TrimEnd(":.!…").Trim());
}
