namespace Pipeline.Core.Reading.Streams;

/// <summary>One result of <see cref="BoundedLineReader.ReadLineAsync"/>: a line (valid until the next read), a line too long to keep, or the end.</summary>
internal readonly record struct LineRead(LineReadKind Kind, ReadOnlyMemory<byte> Bytes, long Length)
{
    public static LineRead End => new(LineReadKind.End, default, 0);
}
