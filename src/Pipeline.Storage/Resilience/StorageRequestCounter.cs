using Azure.Core;
using Azure.Core.Pipeline;
using Pipeline.Core.Ingest;

namespace Pipeline.Storage.Resilience;

/// <summary>
/// Counts every request the storage clients send (each attempt: it sits after the SDK's retry step) for the input and
/// stage the calling code is in (<see cref="IngestStats.CountRequest"/>), so each report says what its input cost.
/// </summary>
public sealed class StorageRequestCounter : HttpPipelineSynchronousPolicy
{
    public static StorageRequestCounter Instance { get; } = new();

    public override void OnSendingRequest(HttpMessage message) => IngestStats.CountRequest();
}
