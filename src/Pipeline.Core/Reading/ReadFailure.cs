using System.Text;
using System.Text.Json;

namespace Pipeline.Core.Reading;

/// <summary>Which exceptions mean "this content can't be read" (a reason for a rejection or quarantine) rather than a limit, a cancellation or a storage fault.</summary>
internal static class ReadFailure
{
    public static string? Describe(Exception exception) => exception switch
    {
        UnreadableInputException unreadable => unreadable.Reason,
        InvalidDataException or EndOfStreamException => exception.Message,
        JsonException json => $"invalid JSON: {json.Message}",
        DecoderFallbackException => $"undecodable text: {exception.Message}",
        _ => null,
    };
}
