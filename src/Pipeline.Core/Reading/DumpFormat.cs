namespace Pipeline.Core.Reading;

/// <summary>What a record's content is, as recognised from its bytes and name. Lower-cased, it is <c>origin.format</c>.</summary>
public enum DumpFormat
{
    Text,
    Html,

    /// <summary>One JSON object (a line of a JSON Lines dump, an array element, a whole file) describing one article.</summary>
    Json,
}
