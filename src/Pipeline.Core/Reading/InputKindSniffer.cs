using Pipeline.Core.Reading.Json;
namespace Pipeline.Core.Reading;

/// <summary>
/// Recognises an input's layout by content: magic bytes (gzip 1F 8B, zip PK), then the first non-space characters
/// ("WARC/", a JSON object or array); the name only tells JSON Lines from one pretty-printed object where content can't.
/// </summary>
internal static class InputKindSniffer
{
    public const int HeadBytes = 64 * 1024;

    public static InputKind Sniff(ReadOnlySpan<byte> head, string name)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            return InputKind.Gzip;
        }

        if (head.StartsWith("PK\x03\x04"u8) || head.StartsWith("PK\x05\x06"u8))
        {
            return InputKind.Zip;
        }

        var text = SkipSpace(head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head);
        if (text.StartsWith("WARC/"u8))
        {
            return InputKind.Warc;
        }

        // An array of article objects, or an empty array alone: a text dump may well start with "[ ]" (a lynx/w3m
        // checkbox) or "[[", so nothing looser counts as JSON.
        var second = text.Length > 1 ? SkipSpace(text[1..]) : [];
        if (text.StartsWith("["u8) && !second.IsEmpty && (second[0] == (byte)'{' || (second[0] == (byte)']' && SkipSpace(second[1..]).IsEmpty)))
        {
            return InputKind.JsonArray;
        }

        if (text.StartsWith("{"u8) && !second.IsEmpty && second[0] is (byte)'"' or (byte)'}')
        {
            var extension = Path.GetExtension(name).ToLowerInvariant();
            return extension is ".jsonl" or ".ndjson" || FirstValueEndsOnItsLine(text) ? InputKind.JsonLines : InputKind.JsonDocument;
        }

        return InputKind.Document;
    }

    /// <summary>
    /// JSON Lines keeps each object on one line; a pretty-printed document breaks its first object over lines.
    /// So: does the first object close before a line break? (A first line longer than the head counts as JSON Lines.)
    /// </summary>
    private static bool FirstValueEndsOnItsLine(ReadOnlySpan<byte> text)
    {
        var depth = 0;
        var strings = new JsonStringTracker();
        foreach (var b in text)
        {
            if (strings.Consume(b))
            {
                continue;
            }

            switch (b)
            {
                case (byte)'{' or (byte)'[':
                    depth++;
                    break;
                case (byte)'}' or (byte)']':
                    if (--depth == 0)
                    {
                        return true;
                    }

                    break;
                case (byte)'\n':
                    return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<byte> SkipSpace(ReadOnlySpan<byte> bytes) => bytes.TrimStart(" \t\r\n"u8);
}
