using System.Text;
using Pipeline.Core.Dedup;
using Pipeline.Core.Ingest;
using Pipeline.Core.Ingest.Chunks;
using Pipeline.Core.Output;
using Pipeline.Core.Reading;
using Pipeline.Core.Ingest.Reports;

namespace Pipeline.Core.Tests.Ingest;

/// <summary>How an input bigger than a chunk is cut and handed out, and how the same input goes without anyone to hand it to.</summary>
public sealed class IngestServiceChunkingTests
{
    private readonly Sinks sinks = new();

    [Fact]
    public async Task Process_AnInputOfSeveralChunks_IsDispatchedAtRecordBoundariesKeyedAsInTheWholeInput()
    {
        var dispatcher = new RecordingDispatcher();

        await Service(chunkRecords: 40).ProcessAsync(JsonLines(100), new InputRef("raw", "dump.jsonl"), dispatcher, new IngestStats(TimeProvider.System), CancellationToken.None);

        Assert.Equal([40, 40, 20], dispatcher.Chunks.Select(c => c.Records.Count));
        Assert.Equal([0, 1, 2], dispatcher.Chunks.Select(c => c.Index));
        Assert.Equal(Enumerable.Range(1, 100).Select(n => $"line {n}"), dispatcher.Chunks.SelectMany(c => c.Records).Select(r => r.Key));
        Assert.Equal((3, (string?)null), dispatcher.Finished);
        Assert.Empty(sinks.Documents);
    }

    [Fact]
    public async Task Process_AnInputThatFitsOneChunk_IsProcessedWhereItWasRead()
    {
        var dispatcher = new RecordingDispatcher();

        var report = await Service(chunkRecords: 40).ProcessAsync(JsonLines(40), new InputRef("raw", "dump.jsonl"), dispatcher, new IngestStats(TimeProvider.System), CancellationToken.None);

        Assert.False(dispatcher.Started);
        Assert.Equal(40, report.Counts.Written);
        Assert.Equal(40, sinks.Documents.Count);
        Assert.Null(report.Chunks);
    }

    [Fact]
    public async Task Process_WithoutADispatcher_GoesChunkByChunkAndReportsEveryRecordInOrder()
    {
        var report = await Service(chunkRecords: 7).ProcessAsync(JsonLines(50), new InputRef("raw", "dump.jsonl"), CancellationToken.None);

        Assert.Equal(InputStatus.Processed, report.Status);
        Assert.Equal(Enumerable.Range(1, 50).Select(n => $"line {n}"), report.Records.Select(r => r.Record));
        Assert.Equal(50, sinks.Documents.Count);
        Assert.True(report.Stages[IngestStage.Extract].Elapsed > TimeSpan.Zero);
    }

    [Fact]
    public async Task Process_WithoutADispatcher_SumsTheRemovalsOfEveryChunk()
    {
        var text = new StringBuilder();
        for (var n = 1; n <= 20; n++)
        {
            text.Append($$"""{"title": "Notice {{n}}", "text": "The parish council approved item {{n}} of the agenda after a debate about the village hall roof.\n\nCopyright (c) 2024 Parish News. All rights reserved."}""").Append('\n');
        }

        var report = await Service(chunkRecords: 7).ProcessAsync(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), new InputRef("raw", "dump.jsonl"), CancellationToken.None);

        Assert.Equal(20, report.Counts.Written);
        Assert.Equal([("copyright-line", 20L)], report.Removals.ByReason.Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public async Task Process_ChunkBytes_CutsBeforeAChunkHoldsMoreTextThanThat()
    {
        var dispatcher = new RecordingDispatcher();

        await Service(chunkBytes: 2_000).ProcessAsync(JsonLines(30), new InputRef("raw", "dump.jsonl"), dispatcher, new IngestStats(TimeProvider.System), CancellationToken.None);

        Assert.True(dispatcher.Chunks.Count > 1);
        Assert.All(dispatcher.Chunks.SkipLast(1), c => Assert.InRange(c.Records.Sum(r => r.Content.Length + r.Key.Length), 2_000, 2_000 + 600));
        Assert.Equal(30, dispatcher.Chunks.Sum(c => c.Records.Count));
    }

    [Fact]
    public async Task Process_AnInputUnreadablePartWay_DispatchesWhatWasReadAndFinishesWithTheReason()
    {
        var dispatcher = new RecordingDispatcher();
        var options = new PipelineOptions { Ingest = { ChunkRecords = 100 }, Reader = { MaxInputBytes = 200_000 } };
        var service = new IngestService(CoreStages.Create(options), NearDuplicateIndex.Local(options.Dedup), sinks, sinks, sinks, TimeProvider.System);

        await service.ProcessAsync(JsonLines(2_000), new InputRef("raw", "dump.jsonl"), dispatcher, new IngestStats(TimeProvider.System), CancellationToken.None);

        Assert.NotNull(dispatcher.Finished.Reason);
        Assert.Contains("Pipeline:Reader:MaxInputBytes", dispatcher.Finished.Reason);
        Assert.Equal(dispatcher.Chunks.Count, dispatcher.Finished.Count);
        var read = dispatcher.Chunks.SelectMany(c => c.Records).Select(r => r.Key).ToList();
        Assert.InRange(read.Count, 101, 1_999);
        Assert.Equal(Enumerable.Range(1, read.Count).Select(n => $"line {n}"), read);
        Assert.Equal("dump.jsonl", Assert.Single(sinks.Quarantined));
    }

    private IngestService Service(int chunkRecords = 5_000, int chunkBytes = 4 << 20)
    {
        var options = new PipelineOptions { Ingest = { ChunkRecords = chunkRecords, ChunkBytes = chunkBytes } };
        return new IngestService(CoreStages.Create(options), NearDuplicateIndex.Local(options.Dedup), sinks, sinks, sinks, TimeProvider.System);
    }

    /// <summary>Distinct short articles, one JSON object a line.</summary>
    private static MemoryStream JsonLines(int count)
    {
        var text = new StringBuilder();
        for (var n = 1; n <= count; n++)
        {
            text.Append($$"""{"title": "Notice {{n}}", "text": "The parish council approved item {{n}} of the agenda on the {{n}}th day after a debate about the village hall roof, the bus shelter and the footpath to the mill."}""").Append('\n');
        }

        return new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
    }

    private sealed class RecordingDispatcher : IChunkDispatcher, IChunkRun
    {
        public bool Started { get; private set; }

        public List<(int Index, IReadOnlyList<RawRecord> Records)> Chunks { get; } = [];

        public (int Count, string? Reason) Finished { get; private set; } = (-1, "not finished");

        public Task<IChunkRun> StartAsync(InputRef input, DateTimeOffset startedAt, CancellationToken cancellationToken)
        {
            Started = true;
            return Task.FromResult<IChunkRun>(this);
        }

        public Task DispatchAsync(int index, IReadOnlyList<RawRecord> records, CancellationToken cancellationToken)
        {
            Chunks.Add((index, records));
            return Task.CompletedTask;
        }

        public Task<IngestReport> FinishAsync(int chunkCount, string? quarantineReason, IngestStats planning, CancellationToken cancellationToken)
        {
            Finished = (chunkCount, quarantineReason);
            return Task.FromResult(new IngestReport { Input = new InputRef("raw", "x"), Status = InputStatus.Processing, StartedAt = DateTimeOffset.UnixEpoch, Duration = TimeSpan.Zero });
        }
    }

    private sealed class Sinks : IArticleSink, IReportSink, IQuarantine
    {
        public List<NormalizedArticle> Documents { get; } = [];

        public List<string> Quarantined { get; } = [];

        public Task WriteAllAsync(IReadOnlyList<NormalizedArticle> documents, CancellationToken cancellationToken)
        {
            Documents.AddRange(documents);
            return Task.CompletedTask;
        }

        public Task WriteAsync(IngestReport report, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task QuarantineAsync(InputRef input, string reason, CancellationToken cancellationToken)
        {
            Quarantined.Add(input.Name);
            return Task.CompletedTask;
        }
    }
}
