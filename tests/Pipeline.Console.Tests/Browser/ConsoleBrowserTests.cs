using OpenQA.Selenium;
using Pipeline.Console.Tests.Infrastructure;

namespace Pipeline.Console.Tests.Browser;

/// <summary>The console in a real (headless) browser, against a real Azurite and the real local host.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleBrowserTests(ConsolePipeline pipeline) : IDisposable
{
    private readonly Infrastructure.Browser browser = Infrastructure.Browser.Start();

    private IWebDriver Driver => browser.Driver;

    [Fact]
    public async Task Search_FindsTheScmpTitleWithThePhraseHighlighted()
    {
        await DropSampleAsync();

        Driver.Navigate().GoToUrl(new Uri(pipeline.BaseAddress, "search"));
        var box = Driver.FindElement(By.Name("q"));
        box.SendKeys("\"special relationship\"");
        box.Submit();

        var hit = Driver.FindElements(By.CssSelector("#hits .hit")).First();
        Assert.StartsWith("Russia and China pledge to maintain special relationship", hit.FindElement(By.TagName("h3")).Text);
        var marks = hit.FindElements(By.CssSelector(".snippet mark")).Select(m => m.Text.ToLowerInvariant()).ToList();
        Assert.Contains("special", marks);
        Assert.Contains("relationship", marks);
        Assert.Contains("special relationship", hit.FindElement(By.CssSelector(".snippet")).Text);
        browser.Screenshot("search");
    }

    [Fact]
    public async Task Document_ShowsTheRawRecordBesideTheDocumentWithItsDroppedLinesStruckThrough()
    {
        await DropSampleAsync();
        Driver.Navigate().GoToUrl(new Uri(pipeline.BaseAddress, "search?q=" + Uri.EscapeDataString("Moscow coronavirus")));

        Driver.FindElement(By.CssSelector("#hits .hit h3 a")).Click();

        var struck = Driver.FindElements(By.CssSelector("#raw del")).Select(d => d.Text).ToList();
        Assert.Contains("Russia had threatened to deport infected foreigners. Photo: Bloomberg", struck);
        Assert.Contains("reaction icon 0", struck);
        Assert.DoesNotContain("Photo: Bloomberg", Driver.FindElement(By.Id("body")).Text);
        Assert.Contains("While Moscow was slow to provide help", Driver.FindElement(By.Id("raw")).Text);
        // Each struck line named by the rule that removed it, as pipeline explain names it.
        var raw = Driver.FindElement(By.Id("raw")).Text;
        Assert.Contains("reaction icon 0 [counter-line]", raw);
        Assert.Contains("Russia had threatened to deport infected foreigners. Photo: Bloomberg [photo-caption]", raw);
        browser.Screenshot("document");
    }

    [Fact]
    public async Task HostileInput_RendersAsTextOnEveryPage()
    {
        await pipeline.DropAsync("hostile/xss.json", TestInputs.Hostile("Xssburg"));
        var (report, _) = await pipeline.WaitForReportAsync("hostile/xss.json", TimeSpan.FromSeconds(60));
        var id = report.GetProperty("records")[0].GetProperty("id").GetString();
        Assert.True(await pipeline.WaitForSearchAsync("Xssburg", r => r.GetProperty("total").GetInt32() == 1, TimeSpan.FromSeconds(10)));

        string[] pages = ["", "inputs/hostile/xss.json", "search?q=Xssburg", $"documents/{id}"];
        foreach (var page in pages)
        {
            Driver.Navigate().GoToUrl(new Uri(pipeline.BaseAddress, page));
            await Task.Delay(300); // time for an onerror to fire, were there an image
            Assert.NotEqual("pwned", Driver.Title); // what the script or the onerror would have set
            Assert.Empty(Driver.FindElements(By.TagName("script")));
            Assert.Empty(Driver.FindElements(By.TagName("img")));
            Assert.Empty(Driver.FindElements(By.CssSelector("a[href^='javascript']")));
        }

        // The document page shows the markup as text, in the title if the pipeline kept it and in the raw record.
        Assert.Contains("<img src=x onerror=", Driver.FindElement(By.Id("raw")).Text);
        Assert.Contains("<script>document.title='pwned'</script>", Driver.FindElement(By.Id("raw")).Text);
        Assert.StartsWith("<script>document.title='pwned'</script> Xssburg harbour <img src=x onerror=", Driver.FindElement(By.Id("title")).Text);
        browser.Screenshot("hostile-input");
        Driver.Navigate().GoToUrl(new Uri(pipeline.BaseAddress, "search?q=Xssburg"));
        Assert.StartsWith("<script>document.title='pwned'</script>", Driver.FindElement(By.CssSelector("#hits .hit h3")).Text);
    }

    [Fact]
    public async Task Overview_ShowsADroppedInputGoFromProcessingToProcessed()
    {
        const string name = "live/news.jsonl";
        Driver.Navigate().GoToUrl(pipeline.BaseAddress);
        await pipeline.DropAsync(name, TestInputs.NewsDump(1_000, seed: 7));

        string Status() => Driver.FindElement(By.CssSelector($"tr[data-input='{name}'] .status")).Text;

        // The page reloads itself every 2 s: the input appears, processing, then processed.
        Assert.True(await Infrastructure.Browser.EventuallyAsync(() => Status() == "processing", TimeSpan.FromSeconds(30)), Driver.PageSource);
        browser.Screenshot("overview-processing");
        Assert.True(await Infrastructure.Browser.EventuallyAsync(() => Status() == "processed", TimeSpan.FromSeconds(180)), Driver.PageSource);
        var row = Driver.FindElement(By.CssSelector($"tr[data-input='{name}']"));
        Assert.Contains("1,000", row.Text);
        browser.Screenshot("overview");
    }

    public void Dispose() => browser.Dispose();

    private async Task DropSampleAsync()
    {
        await pipeline.DropAsync("scmp.txt", TestInputs.Sample);
        await pipeline.WaitForReportAsync("scmp.txt", TimeSpan.FromSeconds(60));
        Assert.True(await pipeline.WaitForSearchAsync("Moscow coronavirus", r => r.GetProperty("total").GetInt32() > 0, TimeSpan.FromSeconds(10)));
    }
}
