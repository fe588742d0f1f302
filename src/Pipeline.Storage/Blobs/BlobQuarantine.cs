using System.Text.Encodings.Web;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Core.Ingest;
using Pipeline.Core.Output;
using Polly;
using Pipeline.Core.Ingest.Reports;

namespace Pipeline.Storage.Blobs;

/// <summary>
/// Copies an unprocessable input byte for byte to <c>quarantine/{name}</c> and writes <c>{name}.error.json</c> beside it.
/// The raw blob itself is left untouched.
/// </summary>
public sealed class BlobQuarantine(BlobContainerClient raw, BlobContainerClient quarantine, ResiliencePipeline resilience) : IQuarantine
{
    public async Task QuarantineAsync(InputRef input, string reason, CancellationToken cancellationToken)
    {
        var source = raw.GetBlobClient(input.Name);
        var copy = quarantine.GetBlobClient(input.Name);
        var conditions = input.ETag is null ? null : new BlobRequestConditions { IfMatch = new Azure.ETag(input.ETag) };
        await resilience.ExecuteAsync(
            async ct =>
            {
                await using var content = await source.OpenReadAsync(new BlobOpenReadOptions(allowModifications: false) { Conditions = conditions }, ct);
                await copy.UploadAsync(content, overwrite: true, ct);
            },
            cancellationToken);

        var error = BinaryData.FromBytes(ErrorDocument(input, reason));
        await resilience.ExecuteAsync(
            async ct => await quarantine.GetBlobClient(BlobNames.QuarantineError(input.Name)).UploadAsync(error, overwrite: true, ct),
            cancellationToken);
    }

    private static byte[] ErrorDocument(InputRef input, string reason)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("input", input.Name);
            json.WriteString("container", input.Container);
            if (input.ETag is not null)
            {
                json.WriteString("etag", input.ETag);
            }

            json.WriteString("reason", reason);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
