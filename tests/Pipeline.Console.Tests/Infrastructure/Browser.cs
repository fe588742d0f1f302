using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Pipeline.Console.Tests.Infrastructure;

/// <summary>
/// Headless Chromium from Debian's <c>chromium</c> package, driven through Debian's <c>chromedriver</c> by Selenium: both
/// found on the PATH (or CHROME_BIN / CHROMEDRIVER), so nothing is downloaded.
/// </summary>
public sealed class Browser : IDisposable
{
    private Browser(ChromeDriver driver) => Driver = driver;

    public ChromeDriver Driver { get; }

    public static Browser Start()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROME_BIN") ?? Which("chromium");
        var chromedriver = Environment.GetEnvironmentVariable("CHROMEDRIVER") ?? Which("chromedriver");
        var options = new ChromeOptions { BinaryLocation = chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1300,1000", "--hide-scrollbars");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(chromedriver)!, Path.GetFileName(chromedriver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        return new Browser(new ChromeDriver(service, options, TimeSpan.FromSeconds(90)));
    }

    /// <summary>Where the screenshots go (ignored by git; the README's copies are in docs/console/).</summary>
    public static string Screenshots => Path.Combine(RepositoryPaths.Root, ".artifacts", "console-screenshots");

    /// <summary>Saves what the browser shows as a PNG (the README's screenshots are copies of these).</summary>
    public void Screenshot(string name)
    {
        Directory.CreateDirectory(Screenshots);
        Driver.GetScreenshot().SaveAsFile(Path.Combine(Screenshots, name + ".png"));
    }

    /// <summary>Polls <paramref name="condition"/> (elements of a page that reloaded meanwhile count as "not yet").</summary>
    public static async Task<bool> EventuallyAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        do
        {
            try
            {
                if (condition())
                {
                    return true;
                }
            }
            // An element of the page that reloaded between finding it and reading it: stale, or (as chromedriver
            // sometimes reports it) "Node with given id does not belong to the document".
            catch (Exception e) when (e is StaleElementReferenceException or NoSuchElementException
                || (e is UnknownErrorException && e.Message.Contains("does not belong to the document", StringComparison.Ordinal)))
            {
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        return false;
    }

    public void Dispose() => Driver.Quit();

    private static string Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException($"{program} is not installed: apt-get install chromium chromium-driver (.ci/run does)");
}
