using Pipeline.Tooling.Evaluation;
using Pipeline.Core.Ingest;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary>
/// Scores extraction on benchmark folders with each benchmark's own metric: the Zyte body-text metric where the folder
/// has ground-truth.json, trafilatura's snippet metric where it has annotations.json. Prints each figure per
/// cross-validation fold (pages split by site) and overall, and lists the worst pages.
/// </summary>
public static class EvalCommand
{
    public static int Run(IReadOnlyList<string> args)
    {
        var corpora = Positional(args);
        if (corpora.Count == 0)
        {
            corpora = DevCorpora.Names.Select(DevCorpora.PathOf).ToList();
        }

        var rendering = CommandOptions.Value(args, "--rendering");
        var worst = int.TryParse(CommandOptions.Value(args, "--worst"), out var n) ? n : 5;
        var folds = int.TryParse(CommandOptions.Value(args, "--folds"), out var k) && k >= 1 ? k : SiteFolds.DefaultCount;
        var dump = CommandOptions.Value(args, "--dump");
        var extractor = CoreStages.Create(new PipelineOptions()).Extractor;
        var renderings = rendering is null ? CorpusRenderings.All : [rendering];
        foreach (var path in corpora)
        {
            var kept = dump is null ? null : Path.Combine(dump, Path.GetFileName(Path.TrimEndingDirectorySeparator(path)));
            var evaluator = new ExtractionEvaluator(extractor, folds, kept is null ? null : (r, id, fold, body) => Keep(kept, r, id, fold, body));
            if (File.Exists(Path.Combine(path, BenchmarkCorpus.TruthFile)))
            {
                ScoreBodies(new BenchmarkCorpus(path), evaluator, renderings, folds, worst);
            }
            else if (File.Exists(Path.Combine(path, SnippetCorpus.AnnotationsFile)))
            {
                ScoreSnippets(new SnippetCorpus(path), evaluator, renderings, folds, worst);
            }
            else
            {
                Console.Error.WriteLine($"neither {BenchmarkCorpus.TruthFile} nor {SnippetCorpus.AnnotationsFile} in {path}");
                return 2;
            }
        }

        return 0;
    }

    private static void ScoreBodies(BenchmarkCorpus corpus, ExtractionEvaluator evaluator, string[] renderings, int folds, int worst)
    {
        var summary = new Table().Title($"{corpus.Root}: body-text shingle metric").AddColumns("rendering", "fold", "pages", "F1", "precision", "recall", "accuracy", "no record", "slowest page (cold)");
        foreach (var r in renderings)
        {
            var result = evaluator.Evaluate(corpus, r);
            for (var fold = 0; fold <= folds; fold++)
            {
                var all = fold == folds;
                var pages = result.Pages.Where(p => all || p.Fold == fold).ToList();
                var (f1, precision, recall, accuracy) = all ? result.Overall : result.InFold(fold);
                summary.AddRow(r, all ? "all" : (fold + 1).ToString(), pages.Count.ToString(), $"{f1:F3}", $"{precision:F3}", $"{recall:F3}", $"{accuracy:F3}",
                    pages.Count(p => p.NoRecord).ToString(), pages.Count == 0 ? "" : $"{pages.Max(p => p.Elapsed).TotalMilliseconds:F0} ms");
            }

            var table = new Table().Title($"worst {worst} pages: {r}").AddColumns("id", "fold", "F1", "precision", "recall");
            foreach (var page in result.Pages.OrderBy(p => p.Score.F1).Take(worst))
            {
                table.AddRow(page.Id, (page.Fold + 1).ToString(), $"{page.Score.F1:F3}", $"{page.Score.Precision:F3}", $"{page.Score.Recall:F3}");
            }

            AnsiConsole.Write(table);
        }

        AnsiConsole.Write(summary);
    }

    private static void ScoreSnippets(SnippetCorpus corpus, ExtractionEvaluator evaluator, string[] renderings, int folds, int worst)
    {
        var summary = new Table().Title($"{corpus.Root}: must-have / must-not snippet metric").AddColumns("rendering", "fold", "pages", "F1", "precision", "recall", "accuracy", "TP", "FP", "FN", "no record", "slowest page (cold)");
        foreach (var r in renderings)
        {
            var result = evaluator.Evaluate(corpus, r);
            for (var fold = 0; fold <= folds; fold++)
            {
                var all = fold == folds;
                var pages = result.Pages.Where(p => all || p.Fold == fold).ToList();
                var counts = all ? result.Overall : result.InFold(fold);
                summary.AddRow(r, all ? "all" : (fold + 1).ToString(), pages.Count.ToString(), $"{counts.F1:F3}", $"{counts.Precision:F3}", $"{counts.Recall:F3}", $"{counts.Accuracy:F3}",
                    counts.TruePositive.ToString(), counts.FalsePositive.ToString(), counts.FalseNegative.ToString(),
                    pages.Count(p => p.NoRecord).ToString(), pages.Count == 0 ? "" : $"{pages.Max(p => p.Elapsed).TotalMilliseconds:F0} ms");
            }

            var table = new Table().Title($"worst {worst} pages: {r}").AddColumns("id", "fold", "missed (FN)", "boilerplate kept (FP)", "no record");
            foreach (var page in result.Pages.OrderByDescending(p => p.Counts.FalseNegative + p.Counts.FalsePositive).ThenBy(p => p.Id, StringComparer.Ordinal).Take(worst))
            {
                table.AddRow(page.Id, (page.Fold + 1).ToString(), page.Counts.FalseNegative.ToString(), page.Counts.FalsePositive.ToString(), page.NoRecord ? "yes" : "");
            }

            AnsiConsole.Write(table);
        }

        AnsiConsole.Write(summary);
    }

    /// <summary>Writes one extracted body to <c>{dump}/{corpus}/{rendering}/fold{n}/{id}.txt</c>.</summary>
    private static void Keep(string dump, string rendering, string id, int fold, string body)
    {
        var folder = Path.Combine(dump, rendering, $"fold{fold + 1}");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, id + ".txt"), body);
    }

    /// <summary>The arguments that are not options or option values.</summary>
    private static List<string> Positional(IReadOnlyList<string> args)
    {
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                i++;
                continue;
            }

            positional.Add(args[i]);
        }

        return positional;
    }
}
