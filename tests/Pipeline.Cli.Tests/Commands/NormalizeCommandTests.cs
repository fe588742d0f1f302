using System.Text.Json;
using Pipeline.Cli.Commands;

namespace Pipeline.Cli.Tests.Commands;

public sealed class NormalizeCommandTests : IDisposable
{
    private const string Article = "Tram line extended\n\nThe city opened a two-kilometre extension of its tram line on Sunday, adding three stops.\n\nOfficials expect ten thousand extra riders a day.\n";
    private readonly string folder = Directory.CreateTempSubdirectory("normalize-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Normalize_FolderArgument_WritesOneLinePerRecordWithBatchDedupAndFolderRelativeOrigin()
    {
        Directory.CreateDirectory(Path.Combine(folder, "in", "sub"));
        await File.WriteAllTextAsync(Path.Combine(folder, "in", "a.txt"), Article);
        await File.WriteAllTextAsync(Path.Combine(folder, "in", "sub", "b.txt"), Article.Replace("\n", "\r\n"));
        var (code, stdout, stderr) = await RunAsync(Path.Combine(folder, "in"));

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        var lines = stdout.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(Path.Combine(folder, "in") + "/a.txt", lines[0].GetProperty("origin").GetProperty("blob").GetString());
        Assert.Equal(Path.Combine(folder, "in") + "/sub/b.txt", lines[1].GetProperty("origin").GetProperty("blob").GetString());
        Assert.Equal("unique", lines[0].GetProperty("dedup").GetProperty("status").GetString());
        Assert.Equal("duplicate", lines[1].GetProperty("dedup").GetProperty("status").GetString());
        Assert.Equal(lines[0].GetProperty("id").GetString(), lines[1].GetProperty("dedup").GetProperty("duplicateOf").GetString());
    }

    [Fact]
    public async Task Normalize_UnreadableFile_IsOneStderrLineWithOriginAndReasonAndExitsZero()
    {
        var bad = Path.Combine(folder, "bad.bin");
        await File.WriteAllBytesAsync(bad, [0, 0, 7, 1]);
        var good = Path.Combine(folder, "good.txt");
        await File.WriteAllTextAsync(good, Article);

        var (code, stdout, stderr) = await RunAsync(bad, good);

        Assert.Equal(0, code);
        Assert.Single(stdout);
        var rejection = JsonDocument.Parse(Assert.Single(stderr)).RootElement;
        Assert.Equal(bad, rejection.GetProperty("origin").GetProperty("blob").GetString());
        Assert.Contains("binary", rejection.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Normalize_GzippedJsonLinesDump_WritesEachGoodLineAndRejectsTheBadOneOnStderr()
    {
        var lines = string.Join('\n',
            JsonSerializer.Serialize(new { title = "Tram line extended", text = Article }),
            "{\"title\": \"cut off",
            JsonSerializer.Serialize(new { title = "Bridge reopens", content = "The river bridge reopened on Monday after repairs to its deck.\n\nCyclists were the first across." }));
        var dump = Path.Combine(folder, "crawl.data");
        await using (var file = File.Create(dump))
        await using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
        {
            await gzip.WriteAsync(System.Text.Encoding.UTF8.GetBytes(lines));
        }

        var (code, stdout, stderr) = await RunAsync(dump);

        Assert.Equal(0, code);
        var origins = stdout.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("origin")).ToList();
        Assert.Equal(["line 1", "line 3"], origins.Select(o => o.GetProperty("record").GetString()));
        Assert.All(origins, o => Assert.Equal("json", o.GetProperty("format").GetString()));
        var rejection = JsonDocument.Parse(Assert.Single(stderr)).RootElement;
        Assert.Equal("line 2", rejection.GetProperty("origin").GetProperty("record").GetString());
        Assert.Contains("invalid JSON", rejection.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Normalize_MissingPath_IsAUsageError()
    {
        var (code, stdout, _) = await RunAsync(Path.Combine(folder, "nope"));
        Assert.NotEqual(0, code);
        Assert.Empty(stdout);
    }

    private static async Task<(int Code, List<string> Stdout, List<string> Stderr)> RunAsync(params string[] paths)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await NormalizeCommand.RunAsync(paths, stdout, stderr, CancellationToken.None);
        return (code, Lines(stdout), Lines(stderr));
    }

    private static List<string> Lines(StringWriter writer) => writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
}
