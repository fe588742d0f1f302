using System.Runtime.CompilerServices;

namespace Pipeline.Core.Reading.Text;

/// <summary>A plain-text or HTML file: one record ("1"), decoded whole (it is one article), up to MaxRecordBytes.</summary>
internal sealed class DocumentRecordReader(ReadContext context)
{
    public async IAsyncEnumerable<RawRecord> ReadAsync(Stream stream, string name, string? keyPrefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var key = RecordKey.Of(keyPrefix, RecordKey.Single);
        var max = context.Options.MaxRecordBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                yield return RawRecord.Rejected(key, $"record too large: the document has more than {max} bytes (Pipeline:Reader:MaxRecordBytes)");
                yield break;
            }

            buffer.Write(chunk, 0, read);
        }

        var decoded = TextDecoder.DecodeCounting(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), null, context.Options.MaxInvalidByteFraction);
        var text = decoded.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UnreadableInputException("empty input: the file holds only whitespace");
        }

        yield return new RawRecord(key, FormatSniffer.Sniff(name, text), text) { Note = decoded.Note };
    }
}
