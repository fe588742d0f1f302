namespace Pipeline.Core.Extraction.Dates;

/// <summary>A publication date found in a line: its ISO 8601 form and where it sits in the line.</summary>
/// <param name="Iso">"2020-02-16", "2020-02-16T10:02:00", or with an offset when the text states one.</param>
public sealed record DateMatch(string Iso, int Index, int Length);
