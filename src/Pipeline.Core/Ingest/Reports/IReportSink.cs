using Pipeline.Core.Ingest;

namespace Pipeline.Core.Ingest.Reports;

/// <summary>Where the account of each input goes (container <c>ingest-reports</c>).</summary>
public interface IReportSink
{
    Task WriteAsync(IngestReport report, CancellationToken cancellationToken);
}
