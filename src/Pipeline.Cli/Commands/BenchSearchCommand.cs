using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Blobs;
using Pipeline.Cli.Bench;
using Pipeline.Tooling.Azurite;
using Pipeline.Tooling.Repository;

namespace Pipeline.Cli.Commands;

/// <summary>
/// Measures the console's search the way a user meets it: a private Azurite with N documents in <c>normalized</c>, the
/// console started on an empty index folder (so it first rebuilds the index from <c>normalized</c>), then queries over
/// HTTP (<c>/api/search</c>, top 10, snippets and facets included) timed one by one, then new documents written as the
/// pipeline writes them (the document, then its input's report) and timed until <c>/api/search</c> finds them; also a
/// few documents written with no report (found by the full listing only).
/// </summary>
public static class BenchSearchCommand
{
    private static readonly string[] Queries =
    [
        "bridge", "council budget", "\"night market\"", "tram*", "Kessling AND Westbrook", "title:tunnel", "Brücke", "hospital -school",
        "\"wind farm\" coast", "library expansion", "Okafor", "flooded tunnel repairs", "Stadtrat Fahrplan", "union* AND strike", "river~", "Millford",
    ];

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var documents = CommandOptions.Int(args, "--documents", 100_000);
        var queryCount = CommandOptions.Int(args, "--queries", 1_000);
        var probes = CommandOptions.Int(args, "--probes", 20);
        var layout = RepositoryLayout.Find();
        var indexPath = Path.Combine(Path.GetTempPath(), "pipeline-bench-search-index-" + Environment.ProcessId);

        await using var azurite = await AzuriteProcess.StartAsync(layout, args.Contains("--azurite-in-memory"));
        var blobs = new BlobServiceClient(azurite.ConnectionString);
        var normalized = blobs.GetBlobContainerClient("normalized");
        var reports = blobs.GetBlobContainerClient("ingest-reports");
        await normalized.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await reports.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var writer = new SearchCorpusWriter(normalized, reports);

        var clock = Stopwatch.StartNew();
        var written = 0;
        var ids = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();
        await Parallel.ForEachAsync(Enumerable.Range(0, documents), new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = cancellationToken }, async (n, ct) =>
        {
            var article = SearchCorpusWriter.Article(1, n);
            ids[article.Id] = true;
            await writer.WriteDocumentAsync(article, ct);
            if (Interlocked.Increment(ref written) % 10_000 == 0)
            {
                Console.WriteLine($"  {written:N0} documents written to normalized ({clock.Elapsed.TotalSeconds:F0} s)");
            }
        });
        // Two generated articles can be the same text (the same id): the container holds the distinct ones.
        documents = ids.Count;
        Console.WriteLine($"{documents:N0} distinct documents in normalized ({clock.Elapsed.TotalSeconds:F0} s)");

        try
        {
            var log = Path.Combine(Path.GetTempPath(), "pipeline-bench-search-console.log");
            Console.WriteLine($"console log: {log}");
            await using var console = await ConsoleProcess.StartAsync(layout, azurite.ConnectionString, indexPath, log);
            using var http = new HttpClient { BaseAddress = console.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            clock.Restart();
            while (await TotalAsync(http, "", cancellationToken) < documents)
            {
                await Task.Delay(500, cancellationToken);
            }

            Console.WriteLine($"index rebuilt from normalized: {documents:N0} documents in {clock.Elapsed.TotalSeconds:F1} s ({IndexMegabytes(indexPath):F0} MB on disk)");

            var latencies = new List<double>();
            var byKind = Queries.ToDictionary(q => q, _ => new List<double>());
            var cpuBefore = TimeSpan.Zero;
            for (var i = 0; i < queryCount + 50; i++)
            {
                if (i == 50)
                {
                    cpuBefore = CpuTime(console.ProcessId);
                }

                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync($"api/search?q={Uri.EscapeDataString(Queries[i % Queries.Length])}&top=10", cancellationToken);
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                if (i >= 50)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    byKind[Queries[i % Queries.Length]].Add(latencies[^1]);
                }
            }

            var cpuPerQuery = (CpuTime(console.ProcessId) - cpuBefore).TotalMilliseconds / queryCount;
            latencies.Sort();
            Console.WriteLine($"search over HTTP, {queryCount:N0} queries ({Queries.Length} kinds, top 10 with snippets and facets), after 50 warm-up: " +
                              $"p50 {Percentile(latencies, 0.50):F1} ms, p95 {Percentile(latencies, 0.95):F1} ms, p99 {Percentile(latencies, 0.99):F1} ms, max {latencies[^1]:F1} ms; " +
                              $"the console's CPU time per query {cpuPerQuery:F1} ms (its background sync included); load average {LoadAverage()}");

            Console.WriteLine("  median by query: " + string.Join(", ", byKind.Select(k => $"{k.Key} {k.Value.Order().ElementAt(k.Value.Count / 2):F1} ms")));

            var withReport = new List<double>();
            var probed = new List<(long Start, long End)>();
            using (var stalls = AzuriteStallWatch.Start(normalized.GetBlobClient(SearchCorpusWriter.Article(1, 0).Id + ".json")))
            {
                // A report lands at any moment of the console's polling; written straight after the previous probe was
                // found (just after a poll), every probe would wait a whole poll interval.
                var phase = new Random(probes);
                for (var i = 0; i < probes; i++)
                {
                    await Task.Delay(phase.Next(0, 1000), cancellationToken);
                    var start = Stopwatch.GetTimestamp();
                    withReport.Add(await ProbeAsync(http, writer, SearchCorpusWriter.Article(2, i), report: true, cancellationToken));
                    probed.Add((start, Stopwatch.GetTimestamp()));
                }

                var stalled = await stalls.StopAsync();
                var overlapped = probed.Select(p => stalled.Any(s => s.Start < p.End && s.End > p.Start)).ToList();
                var clear = withReport.Where((_, i) => !overlapped[i]).Order().ToList();
                var hit = withReport.Where((_, i) => overlapped[i]).Order().ToList();
                Console.WriteLine($"  Azurite stalls during the probes (a point read beside them taking over {AzuriteStallWatch.StallMilliseconds} ms): " +
                                  (stalled.Count == 0 ? "none" : $"{stalled.Count}, median {Percentile(stalled.Select(s => s.Seconds).Order().ToList(), 0.5):F2} s, max {stalled.Max(s => s.Seconds):F2} s") +
                                  (clear.Count > 0 ? $"; {clear.Count} probes clear of them: median {Percentile(clear, 0.5):F2} s, max {clear[^1]:F2} s" : "") +
                                  (hit.Count > 0 ? $"; {hit.Count} overlapping one: median {Percentile(hit, 0.5):F2} s, max {hit[^1]:F2} s" : ""));
            }

            // What the console's polling costs storage while nothing changes: Azurite answers on one thread for everyone.
            var idleBefore = CpuTime(azurite.ProcessId);
            await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
            Console.WriteLine($"  Azurite's CPU while the console alone polls it (10 s, nothing written): {(CpuTime(azurite.ProcessId) - idleBefore).TotalSeconds * 10:F0} % of a core");
            withReport.Sort();
            Console.WriteLine($"document written, then its report -> found by /api/search, {probes} documents: " +
                              $"median {Percentile(withReport, 0.5):F2} s, p95 {Percentile(withReport, 0.95):F2} s, max {withReport[^1]:F2} s");

            var withoutReport = new List<double>();
            try
            {
                for (var i = 0; i < 3; i++)
                {
                    withoutReport.Add(await ProbeAsync(http, writer, SearchCorpusWriter.Article(3, i), report: false, cancellationToken));
                }

                withoutReport.Sort();
                Console.WriteLine($"document written with no report (found by the full listing) -> found, 3 documents: median {Percentile(withoutReport, 0.5):F2} s, max {withoutReport[^1]:F2} s");
            }
            catch (TimeoutException e)
            {
                Console.WriteLine($"document written with no report (found by the full listing): {e.Message}");
            }
            Console.WriteLine($"console peak resident memory: {PeakMegabytes(console.ProcessId)}");
        }
        finally
        {
            if (Directory.Exists(indexPath))
            {
                Directory.Delete(indexPath, recursive: true);
            }
        }

        return 0;
    }

    /// <summary>Seconds from the document's upload to the first answer of /api/search that finds it.</summary>
    private static async Task<double> ProbeAsync(HttpClient http, SearchCorpusWriter writer, Core.Output.NormalizedArticle article, bool report, CancellationToken cancellationToken)
    {
        await writer.WriteDocumentAsync(article, cancellationToken);
        var written = Stopwatch.StartNew();
        if (report)
        {
            await writer.WriteReportAsync(article, cancellationToken);
        }

        while (await TotalAsync(http, $"id:{article.Id}", cancellationToken) == 0)
        {
            if (written.Elapsed > TimeSpan.FromMinutes(5))
            {
                throw new TimeoutException($"document {article.Id} not searchable after 5 minutes");
            }

            await Task.Delay(20, cancellationToken);
        }

        return written.Elapsed.TotalSeconds;
    }

    private static async Task<int> TotalAsync(HttpClient http, string query, CancellationToken cancellationToken) =>
        (await http.GetFromJsonAsync<JsonElement>($"api/search?q={Uri.EscapeDataString(query)}&top=1", cancellationToken)).GetProperty("total").GetInt32();

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static double IndexMegabytes(string path) => new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) / 1048576.0;

    private static string PeakMegabytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? "unknown" : $"{long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024} MB";
    }

    /// <summary>User + system CPU time of a process so far (<c>/proc/PID/stat</c>, in clock ticks of 10 ms).</summary>
    private static TimeSpan CpuTime(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return TimeSpan.FromMilliseconds((long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10);
    }

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

}
