using Pipeline.Core.Cleaning;
using Pipeline.Core.Dedup;
using Pipeline.Core.Extraction;
using Pipeline.Core.Ingest.Chunks;
using Pipeline.Core.Normalizing;
using Pipeline.Core.Output;
using Pipeline.Core.Reading;
using Pipeline.Core.Ingest.Reports;
using Pipeline.Core.Articles;

namespace Pipeline.Core.Ingest;

/// <summary>
/// Runs raw inputs through the pipeline: read → extract → clean → normalize → dedupe → write, and accounts for every
/// record in the input's report. Records go through in batches (chunks of <see cref="IngestOptions"/>): each batch is
/// extracted, its duplicates settled against the corpus in one go, and its documents written with many uploads in
/// flight. An input bigger than one chunk is handed chunk by chunk to an <see cref="IChunkDispatcher"/> when there is
/// one (the hosts: other instances then share the work), else processed here chunk after chunk (the CLI).
/// Storage failures propagate so the host can retry; a bad input or record never does.
/// </summary>
public sealed class IngestService(
    CoreStages stages,
    IDedupIndex dedupIndex,
    IArticleSink articles,
    IReportSink reports,
    IQuarantine quarantine,
    TimeProvider time,
    IDocumentWithdrawals? withdrawals = null)
{
    /// <summary>Chunks handed to the dispatcher and not yet acknowledged while the next ones are read.</summary>
    private const int MaxChunksInFlight = 4;

    public IngestOptions Options => stages.Ingest;

    public Task<IngestReport> ProcessAsync(Stream content, InputRef input, CancellationToken cancellationToken) =>
        ProcessAsync(content, input, dispatcher: null, new IngestStats(time), cancellationToken);

    /// <summary>
    /// Reads one input; a small one is processed here, a bigger one is cut into chunks for <paramref name="dispatcher"/>.
    /// <paramref name="stats"/> may already hold what the caller spent on the input (opening it).
    /// </summary>
    public async Task<IngestReport> ProcessAsync(Stream content, InputRef input, IChunkDispatcher? dispatcher, IngestStats stats, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        var outcomes = new RecordTally(stages.Reader.Options.MaxListedRecords);
        var formats = new SortedSet<string>(StringComparer.Ordinal);
        var removals = RemovalCounts.None;
        var chunk = new ChunkBuilder(stages.Ingest);
        IChunkRun? run = null;
        var dispatched = 0;
        var dispatching = new Queue<Task>();

        async Task DispatchAsync(IChunkRun to, int index, IReadOnlyList<RawRecord> records)
        {
            using (stats.Enter(IngestStage.Plan))
            {
                await to.DispatchAsync(index, records, cancellationToken);
            }
        }

        async Task HandleAsync(IReadOnlyList<RawRecord> records, bool last)
        {
            if (run is null && dispatcher is not null && !(last && dispatched == 0))
            {
                using (stats.Enter(IngestStage.Plan))
                {
                    run = await dispatcher.StartAsync(input, startedAt, cancellationToken);
                }
            }

            if (run is not null)
            {
                // Reading goes on while earlier chunks are still being handed over (an upload and a queue message
                // each): a few in flight keep a slow storage account from pacing the whole cut.
                if (dispatching.Count >= MaxChunksInFlight)
                {
                    await dispatching.Dequeue();
                }

                dispatching.Enqueue(DispatchAsync(run, dispatched++, records));
                return;
            }

            var result = await ProcessRecordsAsync(records, input, stats, cancellationToken);
            outcomes.AddRange(result.Outcomes);
            formats.UnionWith(result.Formats);
            removals = removals.Plus(result.Removals);
        }

        // A full chunk waits for the next record: only then is it known not to be the input's last (and only chunk).
        IReadOnlyList<RawRecord>? full = null;
        string? unreadable = null;
        try
        {
            await foreach (var record in ReadTimedAsync(content, input, stats, cancellationToken))
            {
                if (full is not null)
                {
                    await HandleAsync(full, last: false);
                    full = null;
                }

                if (chunk.Add(record))
                {
                    full = chunk.Take();
                }
            }
        }
        catch (UnreadableInputException e)
        {
            // What was read before the input turned out unreadable is still processed, as it would have been record by record.
            unreadable = e.Reason;
            await quarantine.QuarantineAsync(input, e.Reason, cancellationToken);
        }

        if (full is not null)
        {
            await HandleAsync(full, last: chunk.Count == 0);
        }

        if (chunk.Count > 0)
        {
            await HandleAsync(chunk.Take(), last: true);
        }

        if (run is not null)
        {
            await Task.WhenAll(dispatching);
            return await run.FinishAsync(dispatched, unreadable, stats, cancellationToken);
        }

        var report = new IngestReport
        {
            Input = input,
            Status = unreadable is null ? InputStatus.Processed : InputStatus.Quarantined,
            Reason = unreadable,
            Format = formats.Count == 0 ? null : string.Join('+', formats),
            StartedAt = startedAt,
            Duration = time.GetElapsedTime(started),
            Records = outcomes.Listed,
            Counts = outcomes.Counts,
            Removals = removals,
        };

        if (input.ETag is not null && withdrawals is not null)
        {
            // Every document of this version is written: what only older versions produced can go now.
            using (stats.Enter(IngestStage.Withdraw))
            {
                var withdrawal = await withdrawals.WithdrawSupersededAsync(input, cancellationToken);
                report = report with { Withdrawal = withdrawal.IsEmpty ? null : withdrawal };
            }
        }

        // Counted ahead: the report's own write.
        stats.Add(IngestStage.Report, new StageTally(TimeSpan.Zero, 1));
        report = report with { Stages = stats.Snapshot() };
        await reports.WriteAsync(report, cancellationToken);
        return report;
    }

    /// <summary>
    /// One batch of records (a chunk): extracted and normalized one by one, their duplicates settled against the corpus
    /// in one claim, then their documents written. Outcomes come back in record order.
    /// </summary>
    public async Task<RecordBatchResult> ProcessRecordsAsync(IReadOnlyList<RawRecord> records, InputRef input, IngestStats stats, CancellationToken cancellationToken)
    {
        var formats = new SortedSet<string>(StringComparer.Ordinal);
        var prepared = new (NormalizedArticle? Article, string? Rejection)[records.Count];
        var removed = new Dictionary<string, long>(StringComparer.Ordinal);
        using (stats.Enter(IngestStage.Extract))
        {
            for (var i = 0; i < records.Count; i++)
            {
                var record = records[i];
                if (record.RejectionReason is { } reason)
                {
                    prepared[i] = (null, reason);
                    continue;
                }

                var format = record.Format.ToString().ToLowerInvariant();
                formats.Add(format);
                (prepared[i], var removedText) = await PrepareWithinTimeAsync(record, new RecordOrigin(input.Container, input.Name, record.Key, format), cancellationToken);
                foreach (var text in removedText)
                {
                    removed[text.Reason] = removed.GetValueOrDefault(text.Reason) + 1;
                }
            }
        }

        var claimed = prepared.Select(p => p.Article).OfType<NormalizedArticle>().ToList();
        IReadOnlyList<DedupVerdict> verdicts;
        using (stats.Enter(IngestStage.Dedup))
        {
            verdicts = await dedupIndex.ClaimAllAsync(claimed.Select(a => new DedupCandidate(a.Id, a.ContentHash, a.Origin, a.Body) { Version = input.ETag }).ToList(), cancellationToken);
        }

        var documents = claimed.Select((article, i) => verdicts[i].IsDuplicate
            ? article with { Dedup = DedupInfo.DuplicateOfId(verdicts[i].CanonicalId, verdicts[i].Similarity) }
            : article).ToList();
        using (stats.Enter(IngestStage.Write))
        {
            await articles.WriteAllAsync(documents, cancellationToken);
        }

        var outcomes = new RecordOutcome[records.Count];
        for (int i = 0, next = 0; i < records.Count; i++)
        {
            var key = records[i].Key;
            if (prepared[i].Article is null)
            {
                outcomes[i] = new RecordOutcome(key, RecordStatus.Rejected, Reason: prepared[i].Rejection);
                continue;
            }

            var (article, verdict) = (documents[next], verdicts[next]);
            next++;
            outcomes[i] = verdict.IsDuplicate
                ? new RecordOutcome(key, RecordStatus.Duplicate, article.Id, verdict.CanonicalId, verdict.Similarity, Note: records[i].Note)
                : new RecordOutcome(key, RecordStatus.Written, article.Id, Note: records[i].Note);
        }

        return new RecordBatchResult(outcomes, formats) { Removals = RemovalCounts.Of(removed) };
    }

    /// <summary>The input's records, the time spent waiting for each one counted as reading.</summary>
    private async IAsyncEnumerable<RawRecord> ReadTimedAsync(Stream content, InputRef input, IngestStats stats, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var records = stages.Reader.ReadAsync(content, input.Name, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            using (stats.Enter(IngestStage.Read))
            {
                if (!await records.MoveNextAsync())
                {
                    yield break;
                }
            }

            yield return records.Current;
        }
    }

    /// <summary>
    /// Extraction runs on the thread pool under MaxRecordTime: a pathological record is rejected instead of stalling
    /// the input. (The CPU-bound work can't be cancelled; it finishes in the background and its result is dropped.)
    /// </summary>
    private async Task<((NormalizedArticle? Article, string? Rejection) Prepared, IReadOnlyList<RemovedText> Removed)> PrepareWithinTimeAsync(RawRecord record, RecordOrigin origin, CancellationToken cancellationToken)
    {
        var limit = stages.Reader.Options.MaxRecordTime;
        try
        {
            return await Task.Run(() => Prepare(record, origin), cancellationToken).WaitAsync(limit, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            return ((null, $"extraction took longer than {limit.TotalSeconds:0.###} s (Pipeline:Reader:MaxRecordTime)"), []);
        }
    }

    /// <summary>
    /// The pure part of a record's journey. What a bad record makes the extractors throw rejects it with a reason; any
    /// other exception is a bug in the pipeline and propagates (tests fail on it, hosts log it with its stack, retry
    /// the input and, failing every time, quarantine it with that reason).
    /// </summary>
    private ((NormalizedArticle? Article, string? Rejection) Prepared, IReadOnlyList<RemovedText> Removed) Prepare(RawRecord record, RecordOrigin origin)
    {
        try
        {
            var extracted = stages.Extractor.Extract(record);
            var article = stages.Normalizer.Normalize(extracted, origin);
            return ((article, article is null ? "no article text found" : null), extracted.Removed);
        }
        catch (UnsupportedFormatException e)
        {
            return ((null, e.Message), []);
        }
        catch (Exception e) when (IsBadInput(e))
        {
            return ((null, $"extraction failed: {e.GetType().Name}: {e.Message}"), []);
        }
    }

    /// <summary>Exceptions that a record's content, not the code, brings about: malformed data, runaway patterns, nesting too deep.</summary>
    private static bool IsBadInput(Exception e) => e is InvalidDataException or FormatException or System.Text.Json.JsonException
        or System.Text.DecoderFallbackException or System.Text.RegularExpressions.RegexMatchTimeoutException or InsufficientExecutionStackException;
}
