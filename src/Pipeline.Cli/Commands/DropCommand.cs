using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Pipeline.Core.Ingest;
using Pipeline.Core.Output;
using Pipeline.Storage.Blobs;
using Pipeline.Storage.Hosting;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary>
/// Uploads files into the raw container (as a user would with Storage Explorer), then waits until a running host has
/// finished each one's report and prints input → outcome → output blob. A big input shows a live progress bar (chunks
/// done, records, articles/s) while the hosts work through it; the wait gives up only when nothing has moved for the
/// timeout, however long the input takes.
/// </summary>
public static class DropCommand
{
    /// <summary>Inputs with more records than this get one summary line instead of a line per record.</summary>
    private const int MaxRecordLines = 20;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, IConfiguration configuration, CancellationToken cancellationToken)
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

        var options = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var service = StorageClientFactory.CreateBlobService(StorageConnection.Read(configuration, options.Connection));
        var raw = service.GetBlobContainerClient(options.RawContainer);
        await raw.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var resilience = Storage.Resilience.StorageResilience.Create(TimeProvider.System);
        var dropped = new List<(string Name, ETag ETag)>();
        foreach (var (path, name) in inputs)
        {
            dropped.Add((name, await raw.GetBlobClient(name).UploadFileAsync(path, resilience, cancellationToken)));
            Console.WriteLine($"dropped {path} → {options.RawContainer}/{name}");
        }

        if (!wait)
        {
            return 0;
        }

        var reports = new BlobReportSink(service.GetBlobContainerClient(options.ReportsContainer), Storage.Resilience.StorageResilience.Create(TimeProvider.System));
        var table = new Table().AddColumns("input", "outcome", "output blob");
        foreach (var (name, etag) in dropped)
        {
            var report = await WaitForReportAsync(reports, name, etag, timeout, cancellationToken);
            // The record list only when it is short enough to print line by line (and storage still answers).
            var json = report is { Counts.Total: <= MaxRecordLines }
                ? await ReportPoller.TryReadJsonAsync(service.GetBlobContainerClient(options.ReportsContainer), name, cancellationToken)
                : null;
            foreach (var (outcome, output) in Describe(report, json, options))
            {
                table.AddRow(Markup.Escape(name), Markup.Escape(outcome), Markup.Escape(output));
            }
        }

        AnsiConsole.Write(table);
        return 0;
    }

    /// <summary>The finished report of this version of the input, or null when nothing moved for <paramref name="timeout"/>.</summary>
    private static async Task<IngestReport?> WaitForReportAsync(BlobReportSink reports, string name, ETag etag, TimeSpan timeout, CancellationToken cancellationToken)
    {
        IngestReport? finished = null;
        await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(Markup.Escape(name), autoStart: true, maxValue: 1);
                var started = DateTimeOffset.UtcNow;
                var lastChange = started;
                var seen = -1;
                var progressText = Markup.Escape(name);
                while (DateTimeOffset.UtcNow - lastChange < timeout)
                {
                    var (answered, current) = await ReportPoller.TryReadAsync(reports, name, cancellationToken);
                    // Said while it lasts; the next answer puts the last progress back.
                    task.Description = answered ? progressText : Markup.Escape($"{name}: storage is not answering (still waiting)");

                    if (current?.Input.ETag == etag.ToString())
                    {
                        if (current.Status is InputStatus.Processed or InputStatus.Quarantined)
                        {
                            finished = current;
                            task.Value = task.MaxValue;
                            return;
                        }

                        if (current.Chunks is { } chunks && chunks.Done.Count + current.Counts.Total != seen)
                        {
                            seen = chunks.Done.Count + current.Counts.Total;
                            lastChange = DateTimeOffset.UtcNow;
                            var rate = current.Counts.Total / Math.Max(0.001, (DateTimeOffset.UtcNow - started).TotalSeconds);
                            task.MaxValue = Math.Max(1, chunks.Total ?? chunks.Done.Count + 1);
                            task.Value = chunks.Done.Count;
                            progressText = Markup.Escape($"{name}: {current.Counts.Total:N0} records, {rate:N0} articles/s, chunk {chunks.Done.Count} of {chunks.Total?.ToString() ?? "?"}");
                            task.Description = progressText;
                        }
                    }

                    await Task.Delay(500, cancellationToken);
                }
            });
        return finished;
    }

    private static IEnumerable<(string Outcome, string Output)> Describe(IngestReport? report, BinaryData? json, StorageOptions options)
    {
        if (report is null)
        {
            yield return ("not processed yet (is the host running?)", "");
            yield break;
        }

        if (report.Status == InputStatus.Quarantined && report.Chunks is null)
        {
            yield return ($"quarantined: {report.Reason}", $"{options.QuarantineContainer}/{report.Input.Name}");
            yield break;
        }

        if (report.Counts.Total > MaxRecordLines || json is null)
        {
            var counts = report.Counts;
            var seconds = report.Duration.TotalSeconds;
            var status = report.Status == InputStatus.Quarantined ? $"quarantined part-way ({report.Reason}); " : "";
            yield return ($"{status}{counts.Written:N0} written, {counts.Duplicate:N0} duplicate, {counts.Rejected:N0} rejected in {seconds:N1} s ({counts.Total / Math.Max(seconds, 0.001):N0} articles/s)",
                $"{options.NormalizedContainer}/ ({counts.Written:N0} documents), report {options.ReportsContainer}/{BlobNames.Report(report.Input.Name)}");
            yield break;
        }

        using var document = System.Text.Json.JsonDocument.Parse(json.ToMemory());
        foreach (var record in document.RootElement.GetProperty("records").EnumerateArray())
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
