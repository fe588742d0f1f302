using System.ComponentModel.DataAnnotations;

namespace Pipeline.Core.Reading;

/// <summary>Limits on what the reader accepts. Bound from configuration section <c>Pipeline:Reader</c>.</summary>
/// <remarks>
/// A breach of an input-wide limit (input size, decompressed size or ratio) quarantines the input;
/// a breach of a record limit rejects that record (or, for the record count, the rest of the input) with the reason.
/// </remarks>
public sealed class ReaderOptions
{
    /// <summary>
    /// Largest input read, in bytes (default 10 GiB); larger inputs are quarantined with this reason. An input is
    /// streamed and cut into chunks, so what it costs a host in memory does not grow with its size.
    /// </summary>
    [Range(1, long.MaxValue)]
    public long MaxInputBytes { get; set; } = 10L * 1024 * 1024 * 1024;

    /// <summary>Most bytes decompressed from one input's gzip/zip layers together (default 40 GiB: a 10 GiB crawl compresses about 4×); beyond it the input is quarantined.</summary>
    [Range(1, long.MaxValue)]
    public long MaxDecompressedBytes { get; set; } = 40L * 1024 * 1024 * 1024;

    /// <summary>
    /// Most decompressed bytes per compressed byte read (default 100). Checked while decompressing, once more than
    /// 1 MiB has come out, so a small zip bomb is stopped early whatever its headers claim.
    /// </summary>
    [Range(1.0, double.MaxValue)]
    public double MaxCompressionRatio { get; set; } = 100;

    public const double DefaultMaxInvalidByteFraction = 0.01;

    /// <summary>
    /// Largest share of a document's bytes that may fail to decode (default 0.01, 1%): up to it they are replaced with
    /// U+FFFD and the record is kept, with a note in the report; beyond it the document is undecodable.
    /// </summary>
    public double MaxInvalidByteFraction { get; set; } = DefaultMaxInvalidByteFraction;

    /// <summary>Largest record, in bytes (default 16 MiB): a JSON line or element, a WARC record, a text or HTML file. Larger records are rejected without being buffered.</summary>
    [Range(1, int.MaxValue)]
    public int MaxRecordBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Most records read from one input (default 10 000 000, a 10 GiB input of 1 KB records); the rest is rejected with this reason.</summary>
    [Range(1, int.MaxValue)]
    public int MaxRecordsPerInput { get; set; } = 10_000_000;

    /// <summary>
    /// Records listed one by one in an input's report (default 1 000 000: a report of about 80 MB); past that, written
    /// records are only counted, duplicates and rejections still listed. Keeps huge inputs' reports readable.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int MaxListedRecords { get; set; } = 1_000_000;

    /// <summary>Longest extraction of one record (default 30 s); a record taking longer is rejected.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan MaxRecordTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Deepest JSON nesting accepted in a record (default 64); deeper records are rejected instead of overflowing the stack.</summary>
    [Range(1, 1000)]
    public int MaxJsonDepth { get; set; } = 64;
}
