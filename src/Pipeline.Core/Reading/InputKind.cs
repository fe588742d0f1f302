namespace Pipeline.Core.Reading;

/// <summary>How an input (or a zip entry, or what a gzip holds) is laid out, as recognised from its first bytes.</summary>
internal enum InputKind
{
    Gzip,
    Zip,
    Warc,
    JsonArray,
    JsonLines,

    /// <summary>One JSON object (pretty-printed over many lines) or several concatenated.</summary>
    JsonDocument,

    /// <summary>Plain text or HTML: one record.</summary>
    Document,
}
