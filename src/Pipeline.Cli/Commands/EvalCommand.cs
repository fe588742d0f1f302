using Pipeline.Core.Evaluation;
using Pipeline.Core.Ingest;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary>Scores extraction on a benchmark folder with the benchmark's own metric and lists the worst pages.</summary>
public static class EvalCommand
{
    public static int Run(IReadOnlyList<string> args)
    {
        var corpusPath = args[0];
        var rendering = CommandOptions.Value(args, "--rendering");
        var worst = int.TryParse(CommandOptions.Value(args, "--worst"), out var n) ? n : 5;
        if (!File.Exists(Path.Combine(corpusPath, "ground-truth.json")))
        {
            Console.Error.WriteLine($"no ground-truth.json in {corpusPath}");
            return 2;
        }

        var corpus = new BenchmarkCorpus(corpusPath);
        var evaluator = new ExtractionEvaluator(CoreStages.Create(new PipelineOptions()).Extractor);
        var summary = new Table().AddColumns("rendering", "pages", "F1", "precision", "recall", "accuracy", "slowest page (cold)");
        foreach (var r in rendering is null ? BenchmarkCorpus.Renderings : [rendering])
        {
            var result = evaluator.Evaluate(corpus, r);
            var (f1, precision, recall, accuracy) = result.Overall;
            summary.AddRow(r, result.Pages.Count.ToString(), $"{f1:F3}", $"{precision:F3}", $"{recall:F3}", $"{accuracy:F3}", $"{result.Pages.Max(p => p.Elapsed).TotalMilliseconds:F0} ms");
            var table = new Table().Title($"worst {worst} pages: {r}").AddColumns("id", "F1", "precision", "recall");
            foreach (var page in result.Pages.OrderBy(p => p.Score.F1).Take(worst))
            {
                table.AddRow(page.Id, $"{page.Score.F1:F3}", $"{page.Score.Precision:F3}", $"{page.Score.Recall:F3}");
            }

            AnsiConsole.Write(table);
        }

        AnsiConsole.Write(summary);
        return 0;
    }
}
