using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pipeline.Core.Ingest;
using Pipeline.Core.Output;
using Pipeline.Core.Ingest.Reports;

namespace Pipeline.Cli.Output;

/// <summary>The CLI's sinks: one compact v1 document per line on stdout, one rejection or unreadable input per line on stderr.</summary>
public sealed class JsonLinesSink(TextWriter stdout, TextWriter stderr) : IArticleSink, IReportSink, IQuarantine
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One line each, in record order.</summary>
    public async Task WriteAllAsync(IReadOnlyList<NormalizedArticle> documents, CancellationToken cancellationToken)
    {
        foreach (var document in documents)
        {
            await stdout.WriteLineAsync(Encoding.UTF8.GetString(ArticleDocumentSerializer.Serialize(document, indented: false)));
        }
    }

    /// <summary>Unreadable inputs are reported with the report below; the CLI keeps no quarantine copy.</summary>
    public Task QuarantineAsync(InputRef input, string reason, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task WriteAsync(IngestReport report, CancellationToken cancellationToken)
    {
        if (report.Status == InputStatus.Quarantined)
        {
            await stderr.WriteLineAsync(Rejection(report.Input, null, report.Reason ?? "unreadable input"));
        }

        foreach (var record in report.Records.Where(r => r.Status == RecordStatus.Rejected))
        {
            await stderr.WriteLineAsync(Rejection(report.Input, record.Record, record.Reason ?? "rejected"));
        }
    }

    private static string Rejection(InputRef input, string? record, string reason)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Compact))
        {
            json.WriteStartObject();
            json.WriteStartObject("origin");
            json.WriteString("container", input.Container);
            json.WriteString("blob", input.Name);
            if (record is null)
            {
                json.WriteNull("record");
            }
            else
            {
                json.WriteString("record", record);
            }

            json.WriteEndObject();
            json.WriteString("reason", reason);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
