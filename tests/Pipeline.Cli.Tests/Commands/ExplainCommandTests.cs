using Microsoft.Extensions.Configuration;
using Pipeline.Cli.Commands;
using Spectre.Console;

namespace Pipeline.Cli.Tests.Commands;

public sealed class ExplainCommandTests : IDisposable
{
    private static readonly string Sample = RepositoryPaths.Sample;
    private readonly string folder = Directory.CreateTempSubdirectory("explain-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Explain_ScmpSample_MarksEachRemovedBoilerplateLineWithItsRule()
    {
        var (code, lines) = await RunAsync(Sample);

        Assert.Equal(0, code);
        Assert.Equal(2, lines.Count(l => l == "- Russia had threatened to deport infected foreigners. Photo: Bloomberg  [photo-caption]"));
        Assert.Equal(2, lines.Count(l => l == "- Vladimir Putin and Xi Jinping will meet at least three times this year. Photo: Reuters  [photo-caption]"));
        Assert.Equal(6, lines.Count(l => l == "- reaction icon 0  [counter-line]"));
        Assert.Contains("- 0 0  [counter-line]", lines);
        Assert.Contains("- 留言 0  [counter-line]", lines);
        Assert.Contains("- Copyright (c) 2020. South China Morning Post Publishers Ltd. All rights reserved.  [copyright-line]", lines);
        Assert.Contains(lines, l => l.StartsWith("- Purchase the China AI Report 2020", StringComparison.Ordinal) && l.EndsWith("  [promo]", StringComparison.Ordinal));
        Assert.Contains("- US partner countries buying arms from Russia, China could be hit with sanctions  [related-headline]", lines);
        Assert.Contains("- Pompeo warns of China and Russia's influence  [related-headline]", lines);
        Assert.Equal(16, lines.Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Explain_ScmpSample_PrintsTheKeptStoryUnmarked()
    {
        var (_, lines) = await RunAsync(Sample);

        Assert.Contains("Russia and China pledge to maintain special relationship despite Moscow’s slow response to coronavirus", lines);
        Assert.Contains("kept 15 paragraph(s)", lines);
        Assert.Contains("  China and Russia have promised to maintain their special relationship and close exchanges amid the Covid-19 outbreak.", lines);
        Assert.Contains("  Putin himself has written to Xi expressing sympathy and highly commended China's epidemic control measures.", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("- China and Russia have promised", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Explain_RecordOption_ShowsOnlyThatRecordOfAJsonLinesDump()
    {
        var dump = Path.Combine(folder, "crawl.jsonl");
        await File.WriteAllTextAsync(dump, """
            {"title": "Tram line extended", "text": "The city opened a two-kilometre extension of its tram line on Sunday.\n\nSubscribe now to get unlimited access to our journalism."}
            {"title": "Bridge reopens", "text": "The river bridge reopened on Monday after repairs to its deck.\n\nThe bridge at dawn. Photo: Reuters"}
            """);

        var (code, lines) = await RunAsync(dump, "--record", "line 2");

        Assert.Equal(0, code);
        Assert.Contains("Bridge reopens", lines);
        Assert.Contains("- The bridge at dawn. Photo: Reuters  [photo-caption]", lines);
        Assert.DoesNotContain("Tram line extended", lines);
    }

    [Fact]
    public async Task Explain_MissingRecord_ExitsNonZero()
    {
        var (code, lines) = await RunAsync(Sample, "--record", "line 9");

        Assert.Equal(1, code);
        Assert.Contains(lines, l => l.Contains("no record line 9", StringComparison.Ordinal));
    }

    private static async Task<(int Code, List<string> Lines)> RunAsync(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(writer) });
        console.Profile.Width = 10_000;
        var code = await ExplainCommand.RunAsync(args, console, new ConfigurationBuilder().Build(), CancellationToken.None);
        return (code, writer.ToString().Split('\n').Select(l => l.TrimEnd('\r', ' ')).ToList());
    }
}
