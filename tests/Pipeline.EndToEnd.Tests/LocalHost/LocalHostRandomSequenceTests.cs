using System.Text.Json;
using Azure;
using Pipeline.EndToEnd.Tests.Infrastructure;
using Pipeline.Storage.Hosting;

namespace Pipeline.EndToEnd.Tests.LocalHost;

/// <summary>
/// The corpus invariant after a random sequence of drops, overwrites and deletes, processed in whatever order the
/// hosts take them: the clusters in <c>normalized</c> are exactly the distinct articles of the live inputs, one
/// document each, from a live input; every live record has exactly one document (the search one or a duplicate's).
/// </summary>
public sealed class LocalHostRandomSequenceTests
{
    private const int Seed = 20261130;
    private const int Operations = 24;
    private static readonly string[] Names = ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"];
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(90);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task RandomDropsOverwritesAndDeletes_LeaveOneDocumentPerLiveArticle(int hostCount)
    {
        await using var azurite = await TestAzurite.StartPrivateAsync();
        var storage = new PipelineStorageView(azurite.ConnectionString, new StorageOptions());
        var hosts = new List<HostProcess>();
        try
        {
            for (var h = 0; h < hostCount; h++)
            {
                hosts.Add(await LocalHostProcess.StartAsync(azurite.ConnectionString, new Dictionary<string, string> { ["Pipeline__Ingest__SweepInterval"] = "00:00:02" }));
            }

            // name -> (article cluster, the bytes' ETag); absent: deleted or never dropped.
            var live = new Dictionary<string, (int Cluster, ETag ETag)>();
            var random = new Random(Seed);
            int deletes = 0, overwrites = 0, edits = 0;
            for (var step = 0; step < Operations; step++)
            {
                var name = Names[random.Next(Names.Length)];
                if (live.ContainsKey(name) && random.NextDouble() < 0.3)
                {
                    await storage.Raw.GetBlobClient(name).DeleteAsync();
                    live.Remove(name);
                    deletes++;
                }
                else
                {
                    // Four articles, each as exact copies (other line endings, spacing, a copyright line) or an edited near copy.
                    var cluster = random.Next(4);
                    var kind = random.Next(5);
                    overwrites += live.ContainsKey(name) ? 1 : 0;
                    edits += kind == 4 ? 1 : 0;
                    var (_, etag) = await storage.DropAsync(name, kind == 4 ? ArticleDumps.Edited(cluster) : ArticleDumps.Article(cluster, variant: kind));
                    live[name] = (cluster, etag);
                }

                await Task.Delay(random.Next(0, 600));
            }

            // The seed's sequence has every kind of change in it.
            Assert.True(deletes >= 3 && overwrites >= 3 && edits >= 2, $"{deletes} deletes, {overwrites} overwrites, {edits} edited copies");
            var problems = new List<string>();
            var deadline = DateTime.UtcNow + Settle;
            do
            {
                await Task.Delay(1000);
                problems = await ProblemsAsync(storage, live);
            }
            while (problems.Count > 0 && DateTime.UtcNow < deadline);

            Assert.True(problems.Count == 0, string.Join('\n', problems) + "\n" + string.Join("\n----\n", hosts.Select(h => h.Output)));
            Assert.All(hosts, h => Assert.False(h.HasExited, h.Output));
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    /// <summary>What is wrong with the outputs for these live inputs; empty when the invariant holds.</summary>
    private static async Task<List<string>> ProblemsAsync(PipelineStorageView storage, Dictionary<string, (int Cluster, ETag ETag)> live)
    {
        var problems = new List<string>();
        var idOf = new Dictionary<string, string>();
        foreach (var (name, (_, etag)) in live)
        {
            try
            {
                var report = await storage.ReadReportAsync(name);
                // A report of another version (or of none: a failed attempt on a blob deleted meanwhile) is not final yet.
                if (!report.TryGetProperty("etag", out var reported) || reported.GetString() != etag.ToString() || report.GetProperty("status").GetString() != "processed")
                {
                    problems.Add($"{name}: no final report for its current version yet");
                    continue;
                }

                idOf[name] = report.GetProperty("records")[0].GetProperty("id").GetString()!;
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                problems.Add($"{name}: no report yet");
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var searchDocuments = await DocumentsAsync(storage, storage.Normalized);
        var duplicates = await DocumentsAsync(storage, storage.Duplicates);

        // Every live record has exactly one document, and every document comes from a live record that carries it.
        var origins = searchDocuments.Concat(duplicates).GroupBy(d => d.Origin).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var name in live.Keys.Where(n => !origins.ContainsKey(n)))
        {
            problems.Add($"{name}: no document");
        }

        foreach (var (origin, documents) in origins)
        {
            if (!idOf.TryGetValue(origin, out var id))
            {
                problems.Add($"{string.Join(", ", documents.Select(d => d.Blob))}: from {origin}, which is not a live input");
            }
            else if (documents.Count != 1 || documents[0].Id != id)
            {
                problems.Add($"{origin}: documents {string.Join(", ", documents.Select(d => d.Blob))}, expected one of article {id}");
            }
        }

        // One search document per live cluster, and none for a cluster no live input carries.
        var clusterOf = live.Where(l => idOf.ContainsKey(l.Key)).GroupBy(l => idOf[l.Key]).ToDictionary(g => g.Key, g => g.First().Value.Cluster);
        foreach (var cluster in live.Values.Select(v => v.Cluster).Distinct())
        {
            var found = searchDocuments.Where(d => clusterOf.TryGetValue(d.Id, out var c) && c == cluster).ToList();
            if (found.Count != 1)
            {
                problems.Add($"article cluster {cluster}: {found.Count} search documents ({string.Join(", ", found.Select(d => d.Blob))})");
            }
        }

        problems.AddRange(searchDocuments.Where(d => !clusterOf.ContainsKey(d.Id)).Select(d => $"{d.Blob}: no live input carries article {d.Id}"));
        return problems;
    }

    private static async Task<List<(string Blob, string Id, string Origin)>> DocumentsAsync(PipelineStorageView storage, Azure.Storage.Blobs.BlobContainerClient container)
    {
        var documents = new List<(string, string, string)>();
        foreach (var blob in await storage.ListAsync(container))
        {
            try
            {
                var json = await storage.ReadJsonAsync(container, blob);
                documents.Add((blob, json.GetProperty("id").GetString()!, json.GetProperty("origin").GetProperty("blob").GetString()!));
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // Withdrawn between the listing and the read.
            }
        }

        return documents;
    }
}
