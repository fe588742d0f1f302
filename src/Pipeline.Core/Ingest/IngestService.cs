using Pipeline.Core.Dedup;
using Pipeline.Core.Extraction;
using Pipeline.Core.Normalizing;
using Pipeline.Core.Output;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Ingest;

/// <summary>
/// Runs one raw input through the whole pipeline: read → extract → clean → normalize → dedupe → write,
/// and accounts for every record in the input's report. Storage failures propagate so the host can retry;
/// a bad input or record never does.
/// </summary>
public sealed class IngestService(
    CoreStages stages,
    IDedupIndex dedupIndex,
    IArticleSink articles,
    IReportSink reports,
    IQuarantine quarantine,
    TimeProvider time)
{
    public async Task<IngestReport> ProcessAsync(Stream content, InputRef input, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        var outcomes = new RecordTally(stages.Reader.Options.MaxListedRecords);
        var formats = new SortedSet<string>(StringComparer.Ordinal);
        IngestReport report;
        try
        {
            await foreach (var record in stages.Reader.ReadAsync(content, input.Name, cancellationToken))
            {
                if (record.RejectionReason is { } reason)
                {
                    outcomes.Add(new RecordOutcome(record.Key, RecordStatus.Rejected, Reason: reason));
                    continue;
                }

                var format = record.Format.ToString().ToLowerInvariant();
                formats.Add(format);
                outcomes.Add(await ProcessRecordAsync(record, new RecordOrigin(input.Container, input.Name, record.Key, format), cancellationToken));
            }

            report = new IngestReport
            {
                Input = input,
                Status = InputStatus.Processed,
                Format = formats.Count == 0 ? null : string.Join('+', formats),
                StartedAt = startedAt,
                Duration = time.GetElapsedTime(started),
                Records = outcomes.Listed,
                Counts = outcomes.Counts,
            };
        }
        catch (UnreadableInputException unreadable)
        {
            await quarantine.QuarantineAsync(input, unreadable.Reason, cancellationToken);
            report = new IngestReport
            {
                Input = input,
                Status = InputStatus.Quarantined,
                Reason = unreadable.Reason,
                StartedAt = startedAt,
                Duration = time.GetElapsedTime(started),
                Records = outcomes.Listed,
                Counts = outcomes.Counts,
            };
        }

        await reports.WriteAsync(report, cancellationToken);
        return report;
    }

    private async Task<RecordOutcome> ProcessRecordAsync(RawRecord record, RecordOrigin origin, CancellationToken cancellationToken)
    {
        var (article, rejection) = await PrepareWithinTimeAsync(record, origin, cancellationToken);
        if (article is null)
        {
            return new RecordOutcome(record.Key, RecordStatus.Rejected, Reason: rejection);
        }

        var verdict = await dedupIndex.ClaimAsync(new DedupCandidate(article.Id, article.ContentHash, origin, article.Body), cancellationToken);
        if (verdict.IsDuplicate)
        {
            await articles.RecordDuplicateAsync(article with { Dedup = DedupInfo.DuplicateOfId(verdict.CanonicalId, verdict.Similarity) }, cancellationToken);
            return new RecordOutcome(record.Key, RecordStatus.Duplicate, article.Id, verdict.CanonicalId, verdict.Similarity);
        }

        await articles.WriteAsync(article, cancellationToken);
        return new RecordOutcome(record.Key, RecordStatus.Written, article.Id);
    }

    /// <summary>
    /// Extraction runs on the thread pool under MaxRecordTime: a pathological record is rejected instead of stalling
    /// the input. (The CPU-bound work can't be cancelled; it finishes in the background and its result is dropped.)
    /// </summary>
    private async Task<(NormalizedArticle? Article, string? Rejection)> PrepareWithinTimeAsync(RawRecord record, RecordOrigin origin, CancellationToken cancellationToken)
    {
        var limit = stages.Reader.Options.MaxRecordTime;
        try
        {
            return await Task.Run(() => Prepare(record, origin), cancellationToken).WaitAsync(limit, cancellationToken);
        }
        catch (TimeoutException)
        {
            return (null, $"extraction took longer than {limit.TotalSeconds:0.###} s (Pipeline:Reader:MaxRecordTime)");
        }
    }

    /// <summary>The pure part of a record's journey; any failure in it rejects the record with a reason.</summary>
    private (NormalizedArticle? Article, string? Rejection) Prepare(RawRecord record, RecordOrigin origin)
    {
        try
        {
            var article = stages.Normalizer.Normalize(stages.Extractor.Extract(record), origin);
            return (article, article is null ? "no article text found" : null);
        }
        catch (UnsupportedFormatException e)
        {
            return (null, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (null, $"extraction failed: {e.GetType().Name}: {e.Message}");
        }
    }
}
