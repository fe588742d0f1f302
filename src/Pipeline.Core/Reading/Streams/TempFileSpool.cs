namespace Pipeline.Core.Reading.Streams;

/// <summary>
/// Copies a forward-only stream to a temporary file deleted on close, for readers that need to seek (a zip's central
/// directory is at its end). The copy is bounded by the input limits the source stream already enforces.
/// </summary>
internal static class TempFileSpool
{
    public static async Task<FileStream> SpoolAsync(Stream source, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pipeline-spool-{Guid.NewGuid():N}.tmp");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await source.CopyToAsync(file, cancellationToken);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
