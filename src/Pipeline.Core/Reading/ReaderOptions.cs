namespace Pipeline.Core.Reading;

/// <summary>Limits on what the reader accepts. Bound from configuration section <c>Pipeline:Reader</c>.</summary>
public sealed class ReaderOptions
{
    /// <summary>Largest input read, in bytes (default 64 MiB); larger inputs are quarantined with this reason.</summary>
    public long MaxInputBytes { get; set; } = 64L * 1024 * 1024;
}
