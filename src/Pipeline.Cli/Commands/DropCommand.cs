using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Pipeline.Storage.Blobs;
using Pipeline.Storage.Hosting;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary>
/// Uploads files into the <c>raw</c> container (as a user would with Storage Explorer), then waits until a running
/// host has written each one's report and prints input → outcome → output blob.
/// </summary>
public static class DropCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var wait = !args.Contains("--no-wait");
        var timeout = TimeSpan.FromSeconds(int.TryParse(CommandOptions.Value(args, "--timeout"), out var s) ? s : 120);
        var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && a != CommandOptions.Value(args, "--timeout")).ToList();
        var inputs = files.SelectMany(InputFiles).ToList();
        if (inputs.Count == 0)
        {
            Console.Error.WriteLine("drop: no files given");
            return 2;
        }

        var connection = Environment.GetEnvironmentVariable("AzureWebJobsStorage") ?? "UseDevelopmentStorage=true";
        var options = new StorageOptions();
        var service = StorageClientFactory.CreateBlobService(connection);
        var raw = service.GetBlobContainerClient(options.RawContainer);
        await raw.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var dropped = new List<(string Name, ETag ETag)>();
        foreach (var (path, name) in inputs)
        {
            await using var stream = File.OpenRead(path);
            var info = await raw.GetBlobClient(name).UploadAsync(stream, overwrite: true, cancellationToken);
            dropped.Add((name, info.Value.ETag));
            Console.WriteLine($"dropped {path} → {options.RawContainer}/{name}");
        }

        if (!wait)
        {
            return 0;
        }

        var reports = service.GetBlobContainerClient(options.ReportsContainer);
        var table = new Table().AddColumns("input", "outcome", "output blob");
        var deadline = DateTimeOffset.UtcNow + timeout;
        foreach (var (name, etag) in dropped)
        {
            var report = await WaitForReportAsync(reports.GetBlobClient(BlobNames.Report(name)), etag, deadline, cancellationToken);
            foreach (var (outcome, output) in Describe(report, options))
            {
                table.AddRow(Markup.Escape(name), Markup.Escape(outcome), Markup.Escape(output));
            }
        }

        AnsiConsole.Write(table);
        return 0;
    }

    private static async Task<JsonDocument?> WaitForReportAsync(BlobClient report, ETag etag, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        while (DateTimeOffset.UtcNow < deadline)
        {
            try
            {
                var content = await report.DownloadContentAsync(cancellationToken);
                var json = JsonDocument.Parse(content.Value.Content.ToMemory());
                if (json.RootElement.TryGetProperty("etag", out var e) && e.GetString() == etag.ToString())
                {
                    return json;
                }
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
            }

            await Task.Delay(250, cancellationToken);
        }

        return null;
    }

    private static IEnumerable<(string Outcome, string Output)> Describe(JsonDocument? report, StorageOptions options)
    {
        if (report is null)
        {
            yield return ("not processed yet (is the host running?)", "");
            yield break;
        }

        var root = report.RootElement;
        if (root.GetProperty("status").GetString() == "quarantined")
        {
            var input = root.GetProperty("input").GetString();
            yield return ($"quarantined: {root.GetProperty("reason").GetString()}", $"{options.QuarantineContainer}/{input}");
            yield break;
        }

        foreach (var record in root.GetProperty("records").EnumerateArray())
        {
            var status = record.GetProperty("status").GetString();
            var id = record.TryGetProperty("id", out var i) ? i.GetString() : null;
            yield return status switch
            {
                "written" => ("written", $"{options.NormalizedContainer}/{BlobNames.Document(id!)}"),
                "duplicate" => ($"duplicate of {record.GetProperty("duplicateOf").GetString()}", ""),
                _ => ($"rejected: {(record.TryGetProperty("reason", out var r) ? r.GetString() : "")}", ""),
            };
        }
    }

    private static IEnumerable<(string Path, string Name)> InputFiles(string path) => File.Exists(path)
        ? [(path, Path.GetFileName(path))]
        : Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (f, Path.GetRelativePath(path, f).Replace('\\', '/')));
}
