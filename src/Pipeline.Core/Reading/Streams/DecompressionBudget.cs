namespace Pipeline.Core.Reading.Streams;

/// <summary>
/// What all decompression layers of one input may produce together: at most MaxDecompressedBytes, and at most
/// MaxCompressionRatio times the compressed bytes read so far (checked past 1 MiB, so small files aren't judged on headers alone).
/// </summary>
internal sealed class DecompressionBudget(ReaderOptions options, Func<long> compressedBytesRead)
{
    private const long RatioGrace = 1024 * 1024;

    public long Decompressed { get; private set; }

    public void Spend(int bytes)
    {
        Decompressed += bytes;
        if (Decompressed > options.MaxDecompressedBytes)
        {
            throw new LimitExceededException($"decompressed size over the limit: more than {options.MaxDecompressedBytes} bytes (Pipeline:Reader:MaxDecompressedBytes)");
        }

        var compressed = Math.Max(1, compressedBytesRead());
        if (Decompressed > RatioGrace && Decompressed > options.MaxCompressionRatio * compressed)
        {
            throw new LimitExceededException(
                $"compression ratio over the limit: {Decompressed} bytes out of {compressed} compressed, more than {options.MaxCompressionRatio}:1 (Pipeline:Reader:MaxCompressionRatio)");
        }
    }
}
