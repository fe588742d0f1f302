namespace Pipeline.Core.Binary;

/// <summary>A string that may be null, in the binary formats of chunks and claim batches: a flag, then the string.</summary>
internal static class OptionalString
{
    public static void WriteOptional(this BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    public static string? ReadOptional(this BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
