namespace Pipeline.Storage.Blobs;

/// <summary>The naming rules of the output containers.</summary>
public static class BlobNames
{
    public static string Document(string articleId) => $"{articleId}.json";

    public static string Report(string inputName) => $"{inputName}.json";

    public static string QuarantineError(string inputName) => $"{inputName}.error.json";
}
