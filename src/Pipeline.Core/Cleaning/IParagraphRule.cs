namespace Pipeline.Core.Cleaning;

/// <summary>
/// One named kind of boilerplate paragraph ("counter-line", "photo-caption", "promo"): what no article body contains,
/// wherever it appears. The name is what a user sees as the reason a paragraph was removed.
/// </summary>
public interface IParagraphRule
{
    /// <summary>Lower-case, hyphenated, stable: it appears in reports and in <c>pipeline explain</c>.</summary>
    string Name { get; }

    bool Matches(string paragraph);
}
