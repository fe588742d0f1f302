using System.Text;
using Azure;

namespace Pipeline.Console.Storage;

/// <summary>
/// The raw text of the record a document came from, as far as it can be cut out without the pipeline's reader: the
/// whole input for a single-record input (<c>"1"</c>), the line for a JSON Lines record (<c>line 17</c>). Read as
/// UTF-8, at most <see cref="MaxChars"/> characters; the raw input is only read.
/// </summary>
public sealed class RawRecordReader(ConsoleContainers containers)
{
    public const int MaxChars = 200_000;

    /// <summary>The record's text, or why it is not shown.</summary>
    public async Task<(string? Text, string? Note)> ReadAsync(string blob, string record, CancellationToken cancellationToken)
    {
        var lineNumber = record.StartsWith("line ", StringComparison.Ordinal) && int.TryParse(record.AsSpan(5), out var n) ? n : (int?)null;
        if (record != "1" && lineNumber is null)
        {
            return (null, $"The raw record '{record}' is inside a container format (array, zip, WARC...); the console shows raw text for single-record inputs and JSON Lines records only.");
        }

        try
        {
            await using var stream = await containers.Raw.GetBlobClient(blob).OpenReadAsync(cancellationToken: cancellationToken);
            var head = new byte[2];
            var read = await stream.ReadAtLeastAsync(head, 2, throwOnEndOfStream: false, cancellationToken);
            if (read == 2 && ((head[0] == 0x1F && head[1] == 0x8B) || (head[0] == 'P' && head[1] == 'K')))
            {
                return (null, "The raw input is compressed (gzip or zip); its record is not shown here.");
            }

            stream.Position = 0;
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return lineNumber is { } line ? await LineAsync(reader, line, cancellationToken) : (await PrefixAsync(reader, cancellationToken), null);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return (null, $"The raw input '{blob}' is no longer in the raw container.");
        }
    }

    private static async Task<string> PrefixAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var buffer = new char[MaxChars + 1];
        var count = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        return count <= MaxChars ? new string(buffer, 0, count) : new string(buffer, 0, MaxChars) + "\n[… cut at 200,000 characters]";
    }

    private static async Task<(string?, string?)> LineAsync(StreamReader reader, int number, CancellationToken cancellationToken)
    {
        for (var i = 1; await reader.ReadLineAsync(cancellationToken) is { } line; i++)
        {
            if (i == number)
            {
                return (line.Length > MaxChars ? line[..MaxChars] + " [… cut]" : line, null);
            }
        }

        return (null, $"The raw input has no line {number} (it changed since it was processed).");
    }
}
