namespace Pipeline.Core.Reading.Streams;

/// <summary>What <see cref="BoundedLineReader.ReadLineAsync"/> found.</summary>
internal enum LineReadKind
{
    Line,

    /// <summary>A line longer than the limit: skipped to its end, its bytes not kept.</summary>
    TooLong,

    End,
}
