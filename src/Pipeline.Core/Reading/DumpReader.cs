using System.Runtime.CompilerServices;

namespace Pipeline.Core.Reading;

/// <summary>Reads one raw input into records: recognises its format by content and name and decodes its text.</summary>
public sealed class DumpReader(ReaderOptions options)
{
    public async IAsyncEnumerable<RawRecord> ReadAsync(Stream input, string name, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var bytes = await ReadLimitedAsync(input, cancellationToken);
        var text = TextDecoder.Decode(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UnreadableInputException("empty input: the file holds only whitespace");
        }

        yield return new RawRecord("1", FormatSniffer.Sniff(name, text), text);
    }

    private async Task<byte[]> ReadLimitedAsync(Stream input, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > options.MaxInputBytes)
            {
                throw new UnreadableInputException($"input too large: more than {options.MaxInputBytes} bytes (Pipeline:Reader:MaxInputBytes)");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
