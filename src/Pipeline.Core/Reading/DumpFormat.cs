namespace Pipeline.Core.Reading;

/// <summary>What a record's content is, as recognised from its bytes and name.</summary>
public enum DumpFormat
{
    Text,
    Html,
}
