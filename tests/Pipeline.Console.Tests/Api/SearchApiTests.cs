using System.Net;
using System.Text.Json;
using Pipeline.Console.Tests.Infrastructure;

namespace Pipeline.Console.Tests.Api;

/// <summary>The JSON API against a real Azurite and the real local host, the way a user meets it with curl.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class SearchApiTests(ConsolePipeline pipeline)
{
    [Fact]
    public async Task Search_MoscowCoronavirus_FindsTheScmpSampleFirst()
    {
        await pipeline.DropAsync("scmp.txt", TestInputs.Sample);
        var (report, _) = await pipeline.WaitForReportAsync("scmp.txt", TimeSpan.FromSeconds(60));
        var id = report.GetProperty("records")[0].GetProperty("id").GetString();

        Assert.True(await pipeline.WaitForSearchAsync("Moscow coronavirus", r => r.GetProperty("total").GetInt32() > 0, TimeSpan.FromSeconds(10)));
        var top = (await pipeline.SearchAsync("Moscow coronavirus")).GetProperty("hits")[0];

        Assert.Equal(id, top.GetProperty("id").GetString());
        Assert.StartsWith("Russia and China pledge to maintain special relationship", top.GetProperty("title").GetString());
        Assert.Equal("South China Morning Post", top.GetProperty("publisher").GetString());
        Assert.Equal("2020-02-16T10:02:00", top.GetProperty("publishedAt").GetString());
        Assert.Contains("<mark>Moscow</mark>", top.GetProperty("snippet").GetString());
        Assert.True(top.GetProperty("score").GetDouble() > 0);
    }

    [Fact]
    public async Task Search_FindsADroppedFileWithin5SecondsOfItsReport()
    {
        await pipeline.DropAsync("fresh/quay.json", TestInputs.Hostile("Quokkaville"));
        var (_, reportSeen) = await pipeline.WaitForReportAsync("fresh/quay.json", TimeSpan.FromSeconds(60));

        var found = await pipeline.WaitForSearchAsync("Quokkaville", r => r.GetProperty("total").GetInt32() == 1, TimeSpan.FromSeconds(5));

        Assert.True(found, $"not searchable within 5 s of its report ({DateTime.UtcNow - reportSeen} after it)");
    }

    [Fact]
    public async Task Search_StopsFindingADocumentDeletedFromNormalized()
    {
        await pipeline.DropAsync("gone.json", TestInputs.Hostile("Zanzibarton"));
        var (report, _) = await pipeline.WaitForReportAsync("gone.json", TimeSpan.FromSeconds(60));
        Assert.True(await pipeline.WaitForSearchAsync("Zanzibarton", r => r.GetProperty("total").GetInt32() == 1, TimeSpan.FromSeconds(10)));
        var id = report.GetProperty("records")[0].GetProperty("id").GetString();

        await pipeline.Blobs.GetBlobContainerClient("normalized").DeleteBlobAsync($"{id}.json");

        Assert.True(await pipeline.WaitForSearchAsync("Zanzibarton", r => r.GetProperty("total").GetInt32() == 0, TimeSpan.FromSeconds(10)));
        Assert.Equal(HttpStatusCode.NotFound, (await pipeline.Http.GetAsync($"api/documents/{id}")).StatusCode);
    }

    [Fact]
    public async Task Search_RebuildsTheIndexFromNormalizedWhenItsFolderIsDeleted()
    {
        await pipeline.DropAsync("rebuild.json", TestInputs.Hostile("Rebuildhaven"));
        await pipeline.WaitForReportAsync("rebuild.json", TimeSpan.FromSeconds(60));
        Assert.True(await pipeline.WaitForSearchAsync("Rebuildhaven", r => r.GetProperty("total").GetInt32() == 1, TimeSpan.FromSeconds(10)));

        await pipeline.StopConsoleAsync();
        Directory.Delete(pipeline.IndexPath, recursive: true);
        await pipeline.StartConsoleAsync();

        Assert.True(await pipeline.WaitForSearchAsync("Rebuildhaven", r => r.GetProperty("total").GetInt32() == 1, TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task Search_AnswersAnInvalidQueryWith400AndTheReason()
    {
        var response = await pipeline.Http.GetAsync("api/search?q=" + Uri.EscapeDataString("title:(harbour"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid query", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Inputs_ListsEachInputWithItsStatusAndCounts()
    {
        await pipeline.DropAsync("listed.txt", TestInputs.Sample);
        await pipeline.WaitForReportAsync("listed.txt", TimeSpan.FromSeconds(60));
        await pipeline.DropAsync("empty.txt", BinaryData.FromString(""));
        await pipeline.WaitForReportAsync("empty.txt", TimeSpan.FromSeconds(60));

        var inputs = JsonDocument.Parse(await pipeline.Http.GetStringAsync("api/inputs")).RootElement.EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!);

        Assert.Equal("processed", inputs["listed.txt"].GetProperty("status").GetString());
        Assert.Equal(1, inputs["listed.txt"].GetProperty("counts").GetProperty("duplicate").GetInt32() + inputs["listed.txt"].GetProperty("counts").GetProperty("written").GetInt32());
        Assert.Equal("quarantined", inputs["empty.txt"].GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(inputs["empty.txt"].GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task Console_AnswersOnlyReadsAndForbidsScript()
    {
        var post = await pipeline.Http.PostAsync("api/inputs", new StringContent("{}"));
        var page = await pipeline.Http.GetAsync("/");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Contains("script-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
    }
}
