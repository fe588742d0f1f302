namespace Pipeline.Core.Reading.Json;

/// <summary>
/// Follows a byte-by-byte scan of JSON in and out of strings (escapes included), so the scanners that count brackets
/// to find where a value ends are not fooled by brackets and quotes inside text.
/// </summary>
internal struct JsonStringTracker
{
    private bool escaped;

    public bool InString { get; private set; }

    /// <summary>Feeds one byte; true when it was part of a string (its quotes included), so bracket counting skips it.</summary>
    public bool Consume(byte b)
    {
        if (!InString)
        {
            InString = b == (byte)'"';
            return InString;
        }

        if (escaped)
        {
            escaped = false;
        }
        else if (b == (byte)'\\')
        {
            escaped = true;
        }
        else if (b == (byte)'"')
        {
            InString = false;
        }

        return true;
    }
}
