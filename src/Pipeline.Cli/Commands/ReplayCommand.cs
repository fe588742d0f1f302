using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pipeline.Core.Ingest;
using Pipeline.Storage.Blobs;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Ingest;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary>
/// Re-submits raw inputs through the same pipeline the hosts run: every quarantined input (<c>--quarantined</c>)
/// or the named ones. Replays are idempotent (same documents, no duplicates). A quarantined input that now
/// processes is taken out of quarantine; the raw blob is never touched.
/// </summary>
public static class ReplayCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection().AddLogging().AddArticlePipeline(configuration).BuildServiceProvider();
        await using var _ = services;
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var blobs = services.GetRequiredService<Azure.Storage.Blobs.BlobServiceClient>();
        var raw = blobs.GetBlobContainerClient(options.RawContainer);
        var quarantine = blobs.GetBlobContainerClient(options.QuarantineContainer);
        var names = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (args.Contains("--quarantined"))
        {
            await services.GetRequiredService<StorageInitializer>().EnsureCreatedAsync(cancellationToken);
            await foreach (var item in quarantine.GetBlobsAsync(cancellationToken: cancellationToken))
            {
                if (item.Name.EndsWith(".error.json", StringComparison.Ordinal))
                {
                    names.Add(item.Name[..^".error.json".Length]);
                }
            }
        }

        if (names.Count == 0)
        {
            Console.Error.WriteLine("replay: name inputs in the raw container, or pass --quarantined");
            return args.Contains("--quarantined") ? 0 : 2;
        }

        var processor = services.GetRequiredService<RawBlobProcessor>();
        var table = new Table().AddColumns("input", "outcome");
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            var blob = raw.GetBlobClient(name);
            if (!await blob.ExistsAsync(cancellationToken))
            {
                table.AddRow(Markup.Escape(name), "not in raw: nothing to replay");
                continue;
            }

            var report = await processor.ProcessAsync(blob, cancellationToken);
            if (report.Status == InputStatus.Processed)
            {
                await quarantine.GetBlobClient(name).DeleteIfExistsAsync(cancellationToken: cancellationToken);
                await quarantine.GetBlobClient(BlobNames.QuarantineError(name)).DeleteIfExistsAsync(cancellationToken: cancellationToken);
            }

            var counts = string.Join(", ", Enum.GetValues<RecordStatus>().Where(s => report.Counts.Of(s) > 0).Select(s => $"{report.Counts.Of(s)} {s.ToString().ToLowerInvariant()}"));
            table.AddRow(Markup.Escape(name), Markup.Escape(report.Status == InputStatus.Processed ? $"processed: {counts}" : $"quarantined: {report.Reason}"));
        }

        AnsiConsole.Write(table);
        return 0;
    }
}
