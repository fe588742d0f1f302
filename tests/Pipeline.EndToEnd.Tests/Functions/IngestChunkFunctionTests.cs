using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.EndToEnd.Tests.Infrastructure;
using Pipeline.Functions;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Ingest;

namespace Pipeline.EndToEnd.Tests.Functions;

/// <summary>
/// A dump bigger than a chunk through the function app's two triggers, called as the isolated worker calls them, on a
/// private Azurite (the chunk queue's name is fixed, so nothing else may share it): the blob trigger cuts and queues
/// the chunks, the queue trigger processes them, the last one finishes the report.
/// </summary>
public sealed class IngestChunkFunctionTests : IAsyncLifetime
{
    private const int Records = 230;
    private AzuriteProcess azurite = null!;
    private PipelineStorageView storage = null!;
    private ServiceProvider services = null!;
    private QueueClient queue = null!;

    public async Task InitializeAsync()
    {
        azurite = await TestAzurite.StartPrivateAsync();
        storage = new PipelineStorageView(azurite.ConnectionString, new StorageOptions());
        services = PipelineServices.Build(azurite.ConnectionString, storage.Options, new Dictionary<string, string?> { ["Pipeline:Ingest:ChunkRecords"] = "50" });
        queue = new QueueClient(azurite.ConnectionString, ChunkTicket.Queue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task Run_ADumpOfFiveChunks_ReportsProcessingThenEveryRecordOnceInInputOrder()
    {
        var (blob, etag) = await storage.DropAsync("dumps/big.jsonl", ArticleDumps.JsonLines(Records));

        await BlobFunction().RunAsync(blob, CancellationToken.None);
        var processing = await storage.ReadReportAsync("dumps/big.jsonl");
        var tickets = await DrainAsync();
        foreach (var ticket in tickets)
        {
            await ChunkFunction().RunAsync(ticket, CancellationToken.None);
        }

        Assert.Equal("processing", processing.GetProperty("status").GetString());
        Assert.Equal(5, processing.GetProperty("chunks").GetProperty("total").GetInt32());
        Assert.Equal(0, processing.GetProperty("chunks").GetProperty("done").GetInt32());
        Assert.Equal(5, tickets.Count);
        var report = await storage.ReadReportAsync("dumps/big.jsonl");
        Assert.Equal(etag.ToString(), report.GetProperty("etag").GetString());
        Assert.Equal("processed", report.GetProperty("status").GetString());
        Assert.Equal(Enumerable.Range(1, Records).Select(n => $"line {n}"), report.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("record").GetString()));
        Assert.Equal(Records, report.GetProperty("counts").GetProperty("written").GetInt32());
        Assert.Equal(Records, (await storage.ListAsync(storage.Normalized)).Count);
        Assert.InRange(report.GetProperty("storageRequests").GetInt64() / (double)Records, 1.0, 4.0);
        Assert.Empty(await storage.ListAsync(new Azure.Storage.Blobs.BlobContainerClient(azurite.ConnectionString, storage.Options.WorkContainer)));
    }

    [Fact]
    public async Task Run_AChunkDeliveredTwice_IsCountedOnceAndWritesTheSameDocuments()
    {
        var (blob, _) = await storage.DropAsync("twice.jsonl", ArticleDumps.JsonLines(120));
        await BlobFunction().RunAsync(blob, CancellationToken.None);
        var tickets = await DrainAsync();

        await ChunkFunction().RunAsync(tickets[0], CancellationToken.None);
        var documents = await storage.ListAsync(storage.Normalized);
        var first = await storage.ReadBytesAsync(storage.Normalized, documents[0]);
        foreach (var ticket in tickets.Prepend(tickets[0]))
        {
            await ChunkFunction().RunAsync(ticket, CancellationToken.None);
        }

        var report = await storage.ReadReportAsync("twice.jsonl");
        Assert.Equal("processed", report.GetProperty("status").GetString());
        Assert.Equal(120, report.GetProperty("records").GetArrayLength());
        Assert.Equal(120, report.GetProperty("counts").GetProperty("written").GetInt32());
        Assert.Equal(120, (await storage.ListAsync(storage.Normalized)).Count);
        Assert.Equal(first, await storage.ReadBytesAsync(storage.Normalized, documents[0]));
    }

    [Fact]
    public async Task Run_AChunkThatFailedEveryTry_HasItsRecordsRejectedWithTheReasonAndTheReportCompletes()
    {
        var (blob, _) = await storage.DropAsync("stuck.jsonl", ArticleDumps.JsonLines(100));
        await BlobFunction().RunAsync(blob, CancellationToken.None);
        var tickets = await DrainAsync();

        // The first chunk's message went to the poison queue after its fifth failure; the second is processed.
        var poison = new QuarantineFailedChunkFunction(services.GetRequiredService<FailedChunkHandler>(), NullLogger<QuarantineFailedChunkFunction>.Instance);
        await poison.RunAsync(tickets.Single(t => Chunk(t) == 0), CancellationToken.None);
        await ChunkFunction().RunAsync(tickets.Single(t => Chunk(t) == 1), CancellationToken.None);

        var report = await storage.ReadReportAsync("stuck.jsonl");
        var records = report.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal("processed", report.GetProperty("status").GetString());
        Assert.Equal(100, records.Count);
        Assert.All(records.Take(50), r => Assert.Equal("rejected", r.GetProperty("status").GetString()));
        Assert.All(records.Take(50), r => Assert.Contains("failed on every retry", r.GetProperty("reason").GetString()));
        Assert.All(records.Skip(50), r => Assert.Equal("written", r.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Run_PlanningTheSameVersionAgainPartWay_ResumesTheRunAndQueuesOnlyWhatIsNotDone()
    {
        var (blob, _) = await storage.DropAsync("resumed.jsonl", ArticleDumps.JsonLines(100));
        await BlobFunction().RunAsync(blob, CancellationToken.None);
        var first = await DrainAsync();
        await ChunkFunction().RunAsync(first.Single(t => Chunk(t) == 0), CancellationToken.None);

        // The blob trigger runs again (its host was stopped part-way): chunk 0 is done, chunk 1 is queued again.
        await BlobFunction().RunAsync(blob, CancellationToken.None);
        var again = await DrainAsync();
        foreach (var ticket in again.Concat(first))
        {
            await ChunkFunction().RunAsync(ticket, CancellationToken.None);
        }

        var report = await storage.ReadReportAsync("resumed.jsonl");
        Assert.Equal([1], again.Select(Chunk));
        Assert.Equal(Run(first[0]), Run(again[0]));
        Assert.Equal("processed", report.GetProperty("status").GetString());
        Assert.Equal(100, report.GetProperty("records").GetArrayLength());
        Assert.Equal(100, report.GetProperty("counts").GetProperty("written").GetInt32());
    }

    [Fact]
    public async Task Run_ChunksOfAVersionOverwrittenMeanwhile_AreDroppedAndOnlyTheNewVersionCounts()
    {
        var (blob, _) = await storage.DropAsync("again.jsonl", ArticleDumps.JsonLines(100));
        await BlobFunction().RunAsync(blob, CancellationToken.None);
        var stale = await DrainAsync();
        var (_, etag) = await storage.DropAsync("again.jsonl", ArticleDumps.JsonLines(100, first: 500));
        await BlobFunction().RunAsync(blob, CancellationToken.None);
        var current = await DrainAsync();

        foreach (var ticket in stale.Concat(current))
        {
            await ChunkFunction().RunAsync(ticket, CancellationToken.None);
        }

        var report = await storage.ReadReportAsync("again.jsonl");
        Assert.Equal(etag.ToString(), report.GetProperty("etag").GetString());
        Assert.Equal("processed", report.GetProperty("status").GetString());
        Assert.Equal(100, report.GetProperty("records").GetArrayLength());
        Assert.NotEqual(Run(stale[0]), report.GetProperty("chunks").GetProperty("run").GetString());
        Assert.Equal(Run(current[0]), report.GetProperty("chunks").GetProperty("run").GetString());
    }

    private IngestRawBlobFunction BlobFunction() => new(services.GetRequiredService<RawBlobProcessor>(), NullLogger<IngestRawBlobFunction>.Instance);

    private IngestChunkFunction ChunkFunction() => new(services.GetRequiredService<ChunkProcessor>(), NullLogger<IngestChunkFunction>.Instance);

    private static string Run(string ticket) => JsonDocument.Parse(ticket).RootElement.GetProperty("run").GetString()!;

    private static int Chunk(string ticket) => JsonDocument.Parse(ticket).RootElement.GetProperty("chunk").GetInt32();

    /// <summary>Takes every queued chunk ticket off the queue, as the queue trigger would, in the order queued.</summary>
    private async Task<List<string>> DrainAsync()
    {
        var tickets = new List<string>();
        while (true)
        {
            QueueMessage[] messages = await queue.ReceiveMessagesAsync(maxMessages: 32);
            if (messages.Length == 0)
            {
                return tickets;
            }

            foreach (var message in messages)
            {
                tickets.Add(message.MessageText);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }
    }
}
