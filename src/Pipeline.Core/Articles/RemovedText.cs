namespace Pipeline.Core.Articles;

/// <summary>
/// A paragraph or block that did not make it into the article, and why. A value, not an object: a page dump lists a few
/// hundred of them.
/// </summary>
/// <param name="Text">The text as the record held it.</param>
/// <param name="Reason">The name of the rule (a Cleaning rule's <c>IParagraphRule.Name</c>) or extraction step that removed it.</param>
public readonly record struct RemovedText(string Text, string Reason);
