namespace Pipeline.Core.Ingest.Chunks;

/// <summary>A string that may be null, in the chunk codecs' binary formats: a flag, then the string.</summary>
internal static class OptionalString
{
    public static void Write(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    public static string? Read(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
