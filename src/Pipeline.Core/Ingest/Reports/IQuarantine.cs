using Pipeline.Core.Ingest;

namespace Pipeline.Core.Ingest.Reports;

/// <summary>Keeps a byte-identical copy of an input that can't be processed, with the reason beside it.</summary>
public interface IQuarantine
{
    Task QuarantineAsync(InputRef input, string reason, CancellationToken cancellationToken);
}
