using System.Diagnostics;
using Pipeline.Cli.Bench;
using Pipeline.Core.Dedup;
using Pipeline.Core.Dedup.Shared;
using Pipeline.Core.Normalizing;
using Pipeline.Core.Output;

namespace Pipeline.Cli.Commands;

/// <summary>
/// Measures a host's copy of the corpus, which every local host and function instance keeps whole: claims generated
/// news articles into a <see cref="SharedDedupIndex"/> over a claim log held in memory, a chunk's worth of records per
/// batch as the hosts do, and prints the heap the index keeps per article (after a full collection, the log's own
/// bytes left out) and the time per claim.
/// </summary>
public static class BenchCorpusCommand
{
    private const int RecordsPerBatch = 2_000;
    private const string Dump = "bench-corpus.jsonl";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var articles = CommandOptions.Int(args, "--articles", 100_000);
        var log = new MemoryClaimLog();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        using var index = new SharedDedupIndex(log, new NearDuplicateOptions());
        for (var first = 0; first < articles; first += RecordsPerBatch)
        {
            var batch = Enumerable.Range(first, Math.Min(RecordsPerBatch, articles - first)).Select(Candidate).ToList();
            await index.ClaimAllAsync(batch, cancellationToken);
        }

        var elapsed = clock.Elapsed;
        var kept = GC.GetTotalMemory(forceFullCollection: true) - baseline - log.Bytes;
        await output.WriteLineAsync(
            $"{articles:N0} articles: the index keeps {kept / 1e6:N1} MB of heap, {kept / (double)articles:N0} bytes per article " +
            $"(the claim log's {log.Bytes / 1e6:N1} MB left out); {elapsed.TotalMilliseconds * 1000 / articles:N0} µs per claim");
        GC.KeepAlive(index);
        return 0;
    }

    private static DedupCandidate Candidate(int n)
    {
        var body = string.Join("\n\n", NewsArticleGenerator.Article(seed: 1, n).Paragraphs);
        var hash = ContentFingerprint.Compute(body);
        return new DedupCandidate(ContentFingerprint.ToArticleId(hash), hash, new RecordOrigin("raw", Dump, $"line {n + 1}", "jsonl"), body)
        {
            Version = "\"0x8DE2F0A1B2C3D4E\"",
        };
    }
}
