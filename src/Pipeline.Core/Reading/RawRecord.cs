namespace Pipeline.Core.Reading;

/// <summary>One decoded record of a raw input: the text to extract an article from, or why the record could not be read.</summary>
/// <param name="Key">The record's place in its input: "1" for a single-article file, "line 17", "item 3", "record 5", "{entry path}#line 4".</param>
/// <param name="Format">How the content is to be read.</param>
/// <param name="Content">Decoded text (HTML source, a plain-text dump or a JSON object).</param>
/// <param name="Url">The record's URL where the input states it.</param>
public sealed record RawRecord(string Key, DumpFormat Format, string Content, string? Url = null)
{
    /// <summary>Set when the record was found but can't be read (invalid JSON, too large, binary zip entry...); the record is rejected with it.</summary>
    public string? RejectionReason { get; init; }

    /// <summary>Something the reader had to repair to read the record (undecodable bytes replaced), for its line in the report.</summary>
    public string? Note { get; init; }

    public static RawRecord Rejected(string key, string reason) => new(key, DumpFormat.Text, string.Empty) { RejectionReason = reason };
}
