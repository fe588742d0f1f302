using Pipeline.Core.Ingest;

namespace Pipeline.Console.Storage;

/// <summary>An input's summary and the records its report lists (at most <see cref="InputCatalog.MaxRecordsShown"/>).</summary>
public sealed record InputDetails(InputSummary Summary, IReadOnlyList<RecordOutcome> Records, int ListedRecords);
