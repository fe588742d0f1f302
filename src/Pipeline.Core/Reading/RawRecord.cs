namespace Pipeline.Core.Reading;

/// <summary>One decoded record of a raw input: the text to extract an article from.</summary>
/// <param name="Key">The record's place in its input ("1" for a single-article file, a line or entry number in a dump).</param>
/// <param name="Format">How the content is to be read.</param>
/// <param name="Content">Decoded text (HTML source or a plain-text dump).</param>
/// <param name="Url">The record's URL where the input states it.</param>
public sealed record RawRecord(string Key, DumpFormat Format, string Content, string? Url = null);
