using Microsoft.Extensions.Configuration;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Extraction;
using Pipeline.Core.Ingest;
using Pipeline.Core.Reading;
using Spectre.Console;
using Pipeline.Core.Articles;

namespace Pipeline.Cli.Commands;

/// <summary>
/// Shows why text is missing from an article: for each record of a file (or the one named by <c>--record</c>), the text
/// the pipeline keeps, then every removed line, struck through and marked <c>-</c>, with the name of the rule or
/// extraction step that removed it, and a count per reason. Runs the same reader, extractors and cleaning as the hosts,
/// with the same settings; writes nothing.
/// </summary>
public static class ExplainCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, IAnsiConsole console, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var file = args.Count > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : null;
        if (file is null || !File.Exists(file))
        {
            console.MarkupLine(file is null ? "[red]usage: pipeline explain FILE [[--record KEY]][/]" : $"[red]no such file: {Markup.Escape(file)}[/]");
            return 2;
        }

        var options = configuration.GetSection(PipelineOptions.SectionName).Get<PipelineOptions>() ?? new PipelineOptions();
        if (PipelineOptionsRules.Check(options) is { Count: > 0 } problems)
        {
            console.MarkupLine("[red]invalid configuration: " + Markup.Escape(string.Join("; ", problems)) + "[/]");
            return 2;
        }

        var only = CommandOptions.Value(args, "--record");
        var stages = CoreStages.Create(options);
        var shown = 0;
        await using var stream = File.OpenRead(file);
        try
        {
            await foreach (var record in stages.Reader.ReadAsync(stream, file, cancellationToken))
            {
                if (only is null || record.Key == only)
                {
                    shown++;
                    Explain(console, file, record, stages.Extractor);
                }
            }
        }
        catch (UnreadableInputException e)
        {
            console.MarkupLine($"[red]{Markup.Escape(file)} is unreadable: {Markup.Escape(e.Message)}[/]");
            return 1;
        }

        if (shown == 0 && only is not null)
        {
            console.MarkupLine($"[red]no record {Markup.Escape(only)} in {Markup.Escape(file)}[/]");
            return 1;
        }

        return 0;
    }

    private static void Explain(IAnsiConsole console, string file, RawRecord record, RecordExtractor extractor)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(file)}[/] · record {Markup.Escape(record.Key)} · {record.Format.ToString().ToLowerInvariant()}").LeftJustified());
        if (record.RejectionReason is { } unread)
        {
            console.MarkupLine($"[red]rejected: {Markup.Escape(unread)}[/]");
            return;
        }

        ExtractedArticle article;
        try
        {
            article = extractor.Extract(record);
        }
        catch (Exception e) when (e is UnsupportedFormatException or System.Text.Json.JsonException or InvalidDataException or FormatException)
        {
            console.MarkupLine($"[red]rejected: {Markup.Escape(e.Message)}[/]");
            return;
        }

        if (article.Title is { } title)
        {
            console.MarkupLine($"[bold]{Markup.Escape(title)}[/]");
        }

        console.MarkupLine($"[green]kept {article.Paragraphs.Count} paragraph(s)[/]");
        foreach (var paragraph in article.Paragraphs)
        {
            console.MarkupLine("  " + Markup.Escape(paragraph));
        }

        console.MarkupLine($"[red]removed {article.Removed.Count} line(s)[/]");
        foreach (var removed in article.Removed)
        {
            console.MarkupLine($"[red]- [strikethrough]{Markup.Escape(removed.Text)}[/][/]  [yellow][[{Markup.Escape(removed.Reason)}]][/]");
        }

        if (article.Removed.Count > 0)
        {
            var table = new Table().AddColumn("removed by").AddColumn(new TableColumn("lines").RightAligned());
            foreach (var group in article.Removed.GroupBy(r => r.Reason).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                table.AddRow(Markup.Escape(group.Key), group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            console.Write(table);
        }
    }
}
