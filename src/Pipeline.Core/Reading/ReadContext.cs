using Pipeline.Core.Reading.Streams;
namespace Pipeline.Core.Reading;

/// <summary>What every reader of one input shares: the limits and the decompression budget of the whole input.</summary>
internal sealed record ReadContext(ReaderOptions Options, DecompressionBudget Budget)
{
    /// <summary>Deepest nesting of containers (a zip in a gzip in a zip...).</summary>
    public const int MaxContainerDepth = 4;
}
