using System.Diagnostics;
using System.Globalization;
using Azure.Storage.Blobs;
using Pipeline.Cli.Bench;
using Pipeline.Core.Ingest;
using Pipeline.Storage.Blobs;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Resilience;
using Pipeline.Tooling.Azurite;
using Pipeline.Tooling.Hosts;
using Pipeline.Tooling.Repository;
using Polly;
using Polly.Retry;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary>
/// Measures the product's own path at scale: starts a private Azurite and N local hosts (the real WebJobs triggers),
/// optionally behind a proxy that adds latency to every storage request, drops generated JSON Lines dumps into raw one
/// after another, and prints for each: articles/s from the start of the drop to the finished report, storage requests
/// per new article (from the report's own count), chunks per host; then each host's peak resident memory. With
/// --verify, checks that every record is in its report once and no document was written twice.
/// </summary>
public static class BenchIngestCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var articles = CommandOptions.Int(args, "--articles", 20_000);
        var dumps = CommandOptions.Int(args, "--dumps", 1);
        var hostCount = CommandOptions.Int(args, "--hosts", 1);
        var latency = TimeSpan.FromMilliseconds(CommandOptions.Int(args, "--latency-ms", 0));
        var exact = double.Parse(CommandOptions.Value(args, "--exact") ?? "0.02", CultureInfo.InvariantCulture);
        var near = double.Parse(CommandOptions.Value(args, "--near") ?? "0.02", CultureInfo.InvariantCulture);
        var verify = args.Contains("--verify");
        var inMemory = args.Contains("--azurite-in-memory");

        var layout = RepositoryLayout.Find();
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "pipeline-bench-ingest")).FullName;
        var paths = new List<string>();
        for (var d = 1; d <= dumps; d++)
        {
            paths.Add(await BenchDumpWriter.WriteAsync(folder, d, articles, exact, near, cancellationToken));
        }

        await using var azurite = await AzuriteProcess.StartAsync(layout, inMemory);
        var proxies = new List<LatencyProxy>();
        var connection = azurite.ConnectionString;
        if (latency > TimeSpan.Zero)
        {
            proxies.AddRange([LatencyProxy.Start(azurite.Ports.Blob, latency), LatencyProxy.Start(azurite.Ports.Queue, latency), LatencyProxy.Start(azurite.Ports.Table, latency)]);
            connection = AzuriteProcess.ConnectionStringFor(proxies[0].Port, proxies[1].Port, proxies[2].Port);
        }

        var hosts = new List<HostProcess>();
        try
        {
            for (var h = 0; h < hostCount; h++)
            {
                var log = Path.Combine(folder, $"host-{h + 1}.log");
                hosts.Add(await LocalHostProcess.StartAsync(layout, connection, logFile: log));
                AnsiConsole.MarkupLine(Markup.Escape($"host {h + 1} (pid {hosts[h].ProcessId}) logs to {log}"));
            }

            AnsiConsole.MarkupLine(Markup.Escape($"Azurite 127.0.0.1:{azurite.Ports.Blob}{(inMemory ? " (in memory)" : "")}, {hostCount} local host(s), {(latency > TimeSpan.Zero ? $"+{latency.TotalMilliseconds:0} ms per storage request" : "no added latency")}; {dumps} dump(s) of {articles:N0} articles ({exact:P0} exact, {near:P0} edited copies)"));
            var table = new Table().AddColumns("dump", "MB", "records", "written", "duplicate", "seconds", "articles/s", "requests / new article", "CPU ms / record: hosts, Azurite", "chunks by host");
            var storage = new BenchStorage(azurite.ConnectionString, hosts);
            foreach (var path in paths)
            {
                var cpuBefore = (Hosts: hosts.Sum(h => CpuSeconds(h.ProcessId)), Azurite: CpuSeconds(azurite.ProcessId));
                var result = await storage.DropAndWaitAsync(path, cancellationToken);
                var report = result.Report;
                var records = Math.Max(1, report.Counts.Total);
                var cpu = $"{(hosts.Sum(h => CpuSeconds(h.ProcessId)) - cpuBefore.Hosts) * 1000 / records:0.00}, {(CpuSeconds(azurite.ProcessId) - cpuBefore.Azurite) * 1000 / records:0.00}";
                table.AddRow(
                    Path.GetFileName(path), $"{new FileInfo(path).Length / 1e6:0.0}", $"{report.Counts.Total:N0}", $"{report.Counts.Written:N0}", $"{report.Counts.Duplicate:N0}",
                    $"{result.Elapsed.TotalSeconds:0.0}", $"{report.Counts.Total / result.Elapsed.TotalSeconds:0}",
                    $"{report.StorageRequests / (double)Math.Max(1, report.Counts.Written):0.000} ({report.StorageRequests:N0})",
                    cpu,
                    Markup.Escape(string.Join(", ", result.ChunksByHost.Select(h => $"{h.Key}: {h.Value}"))));
                AnsiConsole.MarkupLine(Markup.Escape($"{Path.GetFileName(path)}: {report.Status}, {result.Elapsed.TotalSeconds:0.0} s, {report.Counts.Total / result.Elapsed.TotalSeconds:0} articles/s"));
                if (verify)
                {
                    AnsiConsole.MarkupLine(Markup.Escape(await storage.VerifyAsync(path, cancellationToken)));
                }
            }

            AnsiConsole.Write(table);
            foreach (var host in hosts)
            {
                AnsiConsole.MarkupLine(Markup.Escape($"host pid {host.ProcessId}: peak resident memory {host.PeakResidentBytes / 1024.0 / 1024.0:0} MB"));
            }

            AnsiConsole.MarkupLine(Markup.Escape($"Azurite pid {azurite.ProcessId}: peak resident memory {PeakResident(azurite.ProcessId) / 1024.0 / 1024.0:0} MB"));
            return 0;
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }

            foreach (var proxy in proxies)
            {
                await proxy.DisposeAsync();
            }
        }
    }

    /// <summary>User and system CPU time a process has used so far (/proc, clock ticks of 10 ms).</summary>
    private static double CpuSeconds(int pid)
    {
        var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    private static long PeakResident(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }


    /// <summary>The bench's view of the storage account: it drops straight into Azurite, as a user's upload would.</summary>
    private sealed class BenchStorage(string connectionString, IReadOnlyList<HostProcess> hosts)
    {
        private readonly BlobServiceClient service = StorageClientFactory.CreateBlobService(connectionString);
        private readonly StorageOptions options = new();

        public async Task<(IngestReport Report, TimeSpan Elapsed, IReadOnlyDictionary<string, int> ChunksByHost)> DropAndWaitAsync(string path, CancellationToken cancellationToken)
        {
            var raw = service.GetBlobContainerClient(options.RawContainer);
            await raw.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            var reports = new BlobReportSink(service.GetBlobContainerClient(options.ReportsContainer), StorageResilience.Create(TimeProvider.System));
            var name = Path.GetFileName(path);
            var clock = Stopwatch.StartNew();
            {
                var etag = (await raw.GetBlobClient(name).UploadFileAsync(path, StorageResilience.Create(TimeProvider.System), cancellationToken)).ToString();
                while (true)
                {
                    if ((await ReportPoller.TryReadAsync(reports, name, cancellationToken)).Report is { } report && report.Input.ETag == etag
                        && report.Status is InputStatus.Processed or InputStatus.Quarantined)
                    {
                        var elapsed = clock.Elapsed;
                        var byPid = report.Chunks?.Done.GroupBy(c => c.ProcessedBy).ToDictionary(g => HostName(g.Key), g => g.Count()) ?? new Dictionary<string, int> { ["inline"] = 1 };
                        return (report, elapsed, byPid);
                    }

                    if (hosts.FirstOrDefault(h => h.HasExited) is { } gone)
                    {
                        throw new InvalidOperationException("a local host exited:\n" + gone.Output);
                    }

                    await Task.Delay(200, cancellationToken);
                }
            }
        }

        /// <summary>Every line of the dump once in its report, and as many documents as the corpus has distinct articles.</summary>
        public async Task<string> VerifyAsync(string path, CancellationToken cancellationToken)
        {
            var name = Path.GetFileName(path);
            var lines = File.ReadLines(path).Count();
            BinaryData? content = null;
            await WhenStorageAnswersAsync(async () => (content = await ReportPoller.TryReadJsonAsync(service.GetBlobContainerClient(options.ReportsContainer), name, cancellationToken)) is not null, cancellationToken);
            using var json = System.Text.Json.JsonDocument.Parse(content!.ToMemory());
            var keys = json.RootElement.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("record").GetString()!).ToList();
            var expected = Enumerable.Range(1, lines).Select(n => $"line {n}");
            var once = keys.Count == lines && keys.ToHashSet(StringComparer.Ordinal).SetEquals(expected);
            var written = json.RootElement.GetProperty("counts").GetProperty("written").GetInt32();
            int? documents = null;
            await WhenStorageAnswersAsync(async () => (documents = await TryCountDocumentsAsync(cancellationToken)) is not null, cancellationToken);
            return $"verify {name}: {keys.Count:N0} records listed for {lines:N0} lines, each once: {once}; documents in normalized: {documents:N0} (this dump wrote {written:N0})";
        }

        private static readonly TimeSpan VerifyPatience = TimeSpan.FromMinutes(30);

        private async Task<int?> TryCountDocumentsAsync(CancellationToken cancellationToken)
        {
            try
            {
                var documents = 0;
                await foreach (var _ in service.GetBlobContainerClient(options.NormalizedContainer).GetBlobsAsync(cancellationToken: cancellationToken))
                {
                    documents++;
                }

                return documents;
            }
            catch (Exception e) when (StorageResilience.IsTransientAfterRetries(e, cancellationToken))
            {
                return null;
            }
        }

        /// <summary>
        /// Tries a read until storage answers: at hundreds of thousands of blobs Azurite stops answering for up to half an
        /// hour while it collects its own garbage, and a finished run's check must outlast that, not end the bench.
        /// </summary>
        private static readonly ResiliencePipeline<bool> UntilStorageAnswers = new ResiliencePipelineBuilder<bool>()
            .AddRetry(new RetryStrategyOptions<bool>
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is false),
                BackoffType = DelayBackoffType.Constant,
                Delay = TimeSpan.FromSeconds(10),
                MaxRetryAttempts = (int)(VerifyPatience / TimeSpan.FromSeconds(10)),
            })
            .Build();

        private static async Task WhenStorageAnswersAsync(Func<Task<bool>> tryRead, CancellationToken cancellationToken)
        {
            if (!await UntilStorageAnswers.ExecuteAsync(async _ => await tryRead(), cancellationToken))
            {
                throw new TimeoutException($"storage did not answer the check for {VerifyPatience.TotalMinutes:0} minutes");
            }
        }

        private string HostName(string processedBy) =>
            hosts.Select((h, i) => (h, i)).FirstOrDefault(x => processedBy.EndsWith($":{x.h.ProcessId}", StringComparison.Ordinal)) is { h: not null } match ? $"host {match.i + 1}" : processedBy;
    }
}
