namespace Pipeline.Core.Reading;

/// <summary>Record keys say where a record is: "line 17" in a top-level input, "{entry path}#line 17" inside a zip; a single-record file is "1" (or just its entry path).</summary>
internal static class RecordKey
{
    public const string Single = "1";

    public static string Of(string? prefix, string local) => (prefix, local) switch
    {
        (null, _) => local,
        (_, Single) => prefix,
        _ => $"{prefix}#{local}",
    };
}
