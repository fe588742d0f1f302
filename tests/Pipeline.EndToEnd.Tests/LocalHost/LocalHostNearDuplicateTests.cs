using System.IO.Compression;
using System.Text.Json;
using Pipeline.EndToEnd.Tests.Infrastructure;
using Pipeline.Storage.Hosting;
using Pipeline.Tooling.Evaluation;
using Xunit.Abstractions;

namespace Pipeline.EndToEnd.Tests.LocalHost;

/// <summary>
/// The aeb-dev corpus's three renderings of each page (HTML, lynx dump, w3m dump: 264 inputs, 88 articles), dropped
/// in random order into the local host(s): the renderings of one page must end as one article, different pages apart.
/// </summary>
public sealed class LocalHostNearDuplicateTests(ITestOutputHelper output)
{
    private static readonly string Corpus = DevCorpora.PathOf(DevCorpora.ArticleExtractionBenchmark);

    [Fact]
    public Task OneLocalHost_RecognisesTheRenderingsOfEachPageAsOneArticle() => RunAsync(hosts: 1);

    [Fact]
    public Task TwoLocalHosts_RecogniseTheRenderingsOfEachPageAsOneArticle() => RunAsync(hosts: 2);

    private async Task RunAsync(int hosts)
    {
        await using var azurite = await TestAzurite.StartPrivateAsync();
        var storage = new PipelineStorageView(azurite.ConnectionString, new StorageOptions());
        var running = new List<HostProcess>();
        for (var i = 0; i < hosts; i++)
        {
            running.Add(await LocalHostProcess.StartAsync(azurite.ConnectionString));
        }

        try
        {
            var inputs = Renderings().OrderBy(_ => Random.Shared.Next()).ToList();
            var etags = new Dictionary<string, Azure.ETag>();
            foreach (var (page, name, content) in inputs)
            {
                etags[name] = (await storage.DropAsync(name, content)).ETag;
            }

            var canonicalOf = new Dictionary<string, string>();
            var inputCluster = new List<(string Page, string Id)>();
            foreach (var (page, name, _) in inputs)
            {
                var record = Assert.Single((await storage.WaitForReportAsync(name, etags[name], TimeSpan.FromMinutes(3), settled: true)).GetProperty("records").EnumerateArray());
                var id = record.GetProperty("id").GetString()!;
                canonicalOf[id] = record.GetProperty("status").GetString() == "duplicate" ? record.GetProperty("duplicateOf").GetString()! : id;
                inputCluster.Add((page, id));
            }

            var clusters = inputCluster.Select(x => (x.Page, Root: Root(canonicalOf, x.Id))).ToList();
            var (precision, recall) = PairwiseScores(clusters);
            var documents = (await storage.ListAsync(storage.Normalized)).Select(n => n[..^".json".Length]).ToHashSet();
            var pagesWithSeveral = clusters.GroupBy(c => c.Page).Count(g => g.Select(c => c.Root).Distinct().Count() > 1);
            output.WriteLine($"{hosts} host(s): {inputs.Count} inputs, pairwise precision {precision:F4}, recall {recall:F4}, {documents.Count} documents, {pagesWithSeveral} pages split");

            Assert.True(precision >= 0.99, $"precision {precision:F4}");
            Assert.True(recall >= 0.97, $"recall {recall:F4}");
            Assert.Equal(clusters.Select(c => c.Root).ToHashSet(), documents);
            Assert.All(clusters.GroupBy(c => c.Page), page => Assert.Contains(page, c => documents.Contains(c.Root)));
            // Each article ends with exactly one document.
            Assert.Equal(0, pagesWithSeveral);
            Assert.Equal(clusters.Select(c => c.Page).Distinct().Count(), documents.Count);
            Assert.All(running, host => Assert.False(host.HasExited, host.Output));
        }
        finally
        {
            foreach (var host in running)
            {
                await host.DisposeAsync();
            }
        }
    }

    private static IEnumerable<(string Page, string Name, byte[] Content)> Renderings()
    {
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Corpus, "ground-truth.json")));
        foreach (var page in truth.RootElement.EnumerateObject().Select(p => p.Name).ToList())
        {
            using (var gzip = new GZipStream(File.OpenRead(Path.Combine(Corpus, "html", $"{page}.html.gz")), CompressionMode.Decompress))
            using (var html = new MemoryStream())
            {
                gzip.CopyTo(html);
                yield return (page, $"aeb/html/{page}.html", html.ToArray());
            }

            foreach (var dump in new[] { "lynx", "w3m" })
            {
                yield return (page, $"aeb/{dump}/{page}.txt", File.ReadAllBytes(Path.Combine(Corpus, dump, $"{page}.txt")));
            }
        }
    }

    private static string Root(Dictionary<string, string> canonicalOf, string id)
    {
        for (var hops = 0; hops < 10 && canonicalOf.TryGetValue(id, out var next) && next != id; hops++)
        {
            id = next;
        }

        return id;
    }

    /// <summary>Over all pairs of inputs: "same article" as the pipeline says (same root) against the truth (same page).</summary>
    private static (double Precision, double Recall) PairwiseScores(List<(string Page, string Root)> items)
    {
        long truePositive = 0, falsePositive = 0, falseNegative = 0;
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                var same = items[i].Page == items[j].Page;
                var predicted = items[i].Root == items[j].Root;
                truePositive += same && predicted ? 1 : 0;
                falsePositive += !same && predicted ? 1 : 0;
                falseNegative += same && !predicted ? 1 : 0;
            }
        }

        return (truePositive + falsePositive == 0 ? 1 : truePositive / (double)(truePositive + falsePositive), truePositive / (double)(truePositive + falseNegative));
    }
}
