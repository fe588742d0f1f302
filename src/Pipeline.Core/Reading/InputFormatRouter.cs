using System.Buffers;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using Pipeline.Core.Reading.Json;
using Pipeline.Core.Reading.Streams;
using Pipeline.Core.Reading.Text;
using Pipeline.Core.Reading.Warc;

namespace Pipeline.Core.Reading;

/// <summary>
/// Reads one input, or one input inside another (a gzip's content, a zip entry), with the reader its content calls
/// for: gzip and zip are opened and their content routed again; WARC, JSON and documents are read record by record.
/// </summary>
internal sealed class InputFormatRouter(ReadContext context)
{
    public async IAsyncEnumerable<RawRecord> ReadAsync(Stream stream, string name, string? keyPrefix, int depth, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var input = stream as PeekableStream ?? new PeekableStream(stream);
        var head = await input.PeekAsync(InputKindSniffer.HeadBytes, cancellationToken);
        var kind = InputKindSniffer.Sniff(head.Span, name);
        if (kind is InputKind.Gzip or InputKind.Zip && depth >= ReadContext.MaxContainerDepth)
        {
            throw new InvalidDataException($"archives nested more than {ReadContext.MaxContainerDepth} deep");
        }

        if (kind is InputKind.JsonArray or InputKind.JsonLines or InputKind.JsonDocument && head.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            await input.ReadExactlyAsync(new byte[3], cancellationToken);
        }

        Stream content = input;
        if (kind is InputKind.JsonArray or InputKind.JsonLines or InputKind.JsonDocument && LegacyJsonEncoding(head.Span) is { } legacy)
        {
            // JSON readers work on UTF-8 bytes: a legacy-encoded export is transcoded as it streams.
            content = Encoding.CreateTranscodingStream(input, legacy, Encoding.UTF8, leaveOpen: true);
        }

        var records = kind switch
        {
            InputKind.Gzip => ReadGzipAsync(input, name, keyPrefix, depth, cancellationToken),
            InputKind.Zip => ReadZipAsync(input, keyPrefix, depth, cancellationToken),
            InputKind.Warc => new WarcRecordReader(context).ReadAsync(input, keyPrefix, cancellationToken),
            InputKind.JsonArray => new JsonValueRecordReader(context).ReadAsync(content, array: true, keyPrefix, cancellationToken),
            InputKind.JsonDocument => new JsonValueRecordReader(context).ReadAsync(content, array: false, keyPrefix, cancellationToken),
            InputKind.JsonLines => new JsonLinesRecordReader(context).ReadAsync(content, keyPrefix, cancellationToken),
            _ => new DocumentRecordReader(context).ReadAsync(input, name, keyPrefix, cancellationToken),
        };

        await foreach (var record in records)
        {
            yield return record;
        }
    }

    private async IAsyncEnumerable<RawRecord> ReadGzipAsync(Stream source, string name, string? keyPrefix, int depth, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var gzip = new GzipInputStream(source, context.Budget);
        var content = new PeekableStream(gzip);

        // WARC.gz is one gzip member per record, which the trailer length check can't follow (see GzipInputStream).
        gzip.VerifyLength = !(await content.PeekAsync(5, cancellationToken)).Span.SequenceEqual("WARC/"u8);
        var innerName = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        await foreach (var record in ReadAsync(content, innerName, keyPrefix, depth + 1, cancellationToken))
        {
            yield return record;
        }
    }

    /// <summary>Each entry is read as an input of its own ("{entry path}", "{entry path}#line 4"); a bad entry is rejected and the others are read.</summary>
    private async IAsyncEnumerable<RawRecord> ReadZipAsync(Stream source, string? keyPrefix, int depth, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A zip's directory is at its end: spool to a temp file (bounded by the input and decompression limits) to seek.
        await using var file = await TempFileSpool.SpoolAsync(source, cancellationToken);
        using var archive = OpenArchive(file);
        foreach (var entry in archive.Entries)
        {
            if (entry.FullName.EndsWith('/'))
            {
                continue;
            }

            var key = keyPrefix is null ? entry.FullName : $"{keyPrefix}/{entry.FullName}";
            if (TryOpen(entry, out var error) is not { } entryStream)
            {
                yield return RawRecord.Rejected(key, $"unreadable zip entry: {error}");
                continue;
            }

            await using var guarded = new DecompressionGuardStream(entryStream, context.Budget);
            var records = ReadAsync(guarded, entry.FullName, key, depth + 1, cancellationToken);
            await foreach (var record in RecordGuard.RejectRestOnFailureAsync(records, key, cancellationToken))
            {
                yield return record;
            }
        }
    }

    /// <summary>The charset of a JSON input whose first bytes are not UTF-8, when it can be told with confidence.</summary>
    private static Encoding? LegacyJsonEncoding(ReadOnlySpan<byte> head)
    {
        var chars = new char[head.Length];
        var status = Utf8.ToUtf16(head, chars, out _, out _, replaceInvalidSequences: false, isFinalBlock: head.Length < InputKindSniffer.HeadBytes);
        return status == OperationStatus.InvalidData ? CharsetDetector.Detect(head, out _) : null;
    }

    private static Stream? TryOpen(ZipArchiveEntry entry, out string? error)
    {
        try
        {
            error = null;
            return entry.Open();
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException)
        {
            error = e.Message;
            return null;
        }
    }

    private static ZipArchive OpenArchive(Stream file)
    {
        try
        {
            return new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"corrupt zip: {e.Message}");
        }
    }
}
