using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Core.Ingest.Chunks;
using Pipeline.Core.Reading;
using Polly;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// The work container: each chunk's records as the planner cut them, each chunk's result until the report is
/// assembled, and the last failure of a chunk that keeps failing. A run's blobs are deleted once its report is complete.
/// </summary>
public sealed class ChunkWorkStore(BlobContainerClient work, ResiliencePipeline resilience)
{
    public async Task WriteRecordsAsync(ChunkTicket ticket, IReadOnlyList<RawRecord> records, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        ChunkRecordCodec.Write(records, buffer);
        var bytes = BinaryData.FromBytes(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        await resilience.ExecuteAsync(async ct => await work.GetBlobClient(ticket.RecordsBlob).UploadAsync(bytes, overwrite: true, ct), cancellationToken);
    }

    /// <summary>The chunk's records, or null when they are gone (the run is complete, or was replaced by a newer one).</summary>
    public async Task<IReadOnlyList<RawRecord>?> ReadRecordsAsync(ChunkTicket ticket, CancellationToken cancellationToken)
    {
        try
        {
            var content = await resilience.ExecuteAsync(async ct => await work.GetBlobClient(ticket.RecordsBlob).DownloadContentAsync(ct), cancellationToken);
            return ChunkRecordCodec.Read(content.Value.Content.ToStream());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task WriteResultAsync(ChunkTicket ticket, ChunkResult result, CancellationToken cancellationToken)
    {
        var bytes = BinaryData.FromBytes(ChunkResultCodec.Encode(result));
        await resilience.ExecuteAsync(async ct => await work.GetBlobClient(ticket.ResultBlob).UploadAsync(bytes, overwrite: true, ct), cancellationToken);
    }

    /// <summary>Chunk <paramref name="chunk"/>'s result, or null when it is missing.</summary>
    public async Task<ChunkResult?> ReadResultAsync(string run, int chunk, CancellationToken cancellationToken)
    {
        try
        {
            var content = await resilience.ExecuteAsync(async ct => await work.GetBlobClient(ChunkTicket.ResultBlobOf(run, chunk)).DownloadContentAsync(ct), cancellationToken);
            return ChunkResultCodec.Decode(content.Value.Content.ToMemory());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Best effort: notes why a try failed, for the poison handler; when storage is what failed, the note can't be written either.</summary>
    public async Task TryWriteFailureAsync(ChunkTicket ticket, Exception error, CancellationToken cancellationToken)
    {
        try
        {
            var reason = BinaryData.FromString($"{error.GetType().Name}: {error.Message.Split('\n')[0]}");
            await work.GetBlobClient(ticket.FailureBlob).UploadAsync(reason, overwrite: true, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The original error is what the host must see.
        }
    }

    public async Task<string?> ReadFailureAsync(ChunkTicket ticket, CancellationToken cancellationToken)
    {
        try
        {
            var content = await resilience.ExecuteAsync(async ct => await work.GetBlobClient(ticket.FailureBlob).DownloadContentAsync(ct), cancellationToken);
            return content.Value.Content.ToString();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Best effort: removes a finished or abandoned run's blobs (what is left is only space, never read again).</summary>
    public async Task DeleteRunAsync(string run, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var blob in work.GetBlobsAsync(BlobTraits.None, BlobStates.None, ChunkTicket.RunPrefix(run), cancellationToken))
            {
                await work.DeleteBlobIfExistsAsync(blob.Name, cancellationToken: cancellationToken);
            }
        }
        catch (RequestFailedException)
        {
        }
    }
}
