namespace Pipeline.Core.Reading;

/// <summary>The input as a whole can't be read (empty, binary, undecodable); it goes to quarantine with this reason.</summary>
public sealed class UnreadableInputException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}
