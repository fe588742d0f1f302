namespace Pipeline.Core.Reading.Text;

/// <summary>Decoded text, and how many of the input's bytes did not decode and were replaced with U+FFFD.</summary>
public readonly record struct DecodedText(string Text, int ReplacedBytes)
{
    /// <summary>What a report says about the replaced bytes, or null when there were none.</summary>
    public string? Note => ReplacedBytes == 0 ? null : $"{ReplacedBytes} undecodable byte{(ReplacedBytes == 1 ? "" : "s")} replaced with U+FFFD";
}
