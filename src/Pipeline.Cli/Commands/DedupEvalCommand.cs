using System.Globalization;
using Pipeline.Core.Dedup;
using Pipeline.Core.Dedup.Shared;
using Pipeline.Storage.Dedup;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Resilience;
using Pipeline.Tooling.Evaluation;
using Pipeline.Core.Ingest;
using Pipeline.Core.Text;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary>
/// Scores near-duplicate detection on a benchmark folder: every rendering of one page is the same article, different
/// pages are different articles. Runs the extracted renderings, the same plus the ground-truth bodies, and both again
/// with each rendering cropped to its article span (<see cref="OracleArticleSpan"/>: what a good extractor would give),
/// then measures claims per second on one thread.
/// </summary>
public static class DedupEvalCommand
{
    public static int Run(IReadOnlyList<string> args)
    {
        var corpusPath = args[0];
        if (!File.Exists(Path.Combine(corpusPath, "ground-truth.json")))
        {
            Console.Error.WriteLine($"no ground-truth.json in {corpusPath}");
            return 2;
        }

        AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 140);
        var options = Options(args);
        var renderings = (CommandOptions.Value(args, "--renderings") ?? "lynx,w3m").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var corpus = new BenchmarkCorpus(corpusPath);
        var truth = corpus.LoadTruth();
        var extractor = new ExtractionEvaluator(CoreStages.Create(new PipelineOptions()).Extractor);
        var extracted = renderings
            .SelectMany(r => truth.Select(p => (Page: p, Rendering: r, Input: corpus.Load(r, p.Id))))
            .Where(x => x.Input is not null)
            .Select(x => new DedupSample(x.Page.Id, $"{x.Rendering}/{x.Page.Id[..8]}", extractor.ExtractBody(x.Input!.Value.Name, x.Input.Value.Bytes, x.Page.Url)))
            .ToList();
        var truthBodies = truth.Select(p => new DedupSample(p.Id, $"truth/{p.Id[..8]}", p.ArticleBody)).ToList();
        var truthById = truth.ToDictionary(p => p.Id, p => p.ArticleBody);
        var cropped = extracted.Select(s => s with { Name = "cropped-" + s.Name, Body = OracleArticleSpan.Crop(s.Body, truthById[s.ArticleKey]) }).ToList();
        var empty = extracted.Concat(truthBodies).Concat(cropped).Where(s => string.IsNullOrWhiteSpace(s.Body)).Select(s => s.Name).ToList();
        extracted = extracted.Where(s => !string.IsNullOrWhiteSpace(s.Body)).ToList();
        truthBodies = truthBodies.Where(s => !string.IsNullOrWhiteSpace(s.Body)).ToList();
        cropped = cropped.Where(s => !string.IsNullOrWhiteSpace(s.Body)).ToList();

        AnsiConsole.MarkupLineInterpolated($"options: shingle {options.ShingleSize}, {options.Bands} bands × {options.RowsPerBand} rows, threshold {options.Threshold}, min shingles {options.MinShingles}, seed {options.Seed}");
        if (empty.Count > 0)
        {
            AnsiConsole.MarkupLineInterpolated($"left out, no body extracted: {string.Join(", ", empty)}");
        }

        var evaluator = new NearDuplicateEvaluator(options);
        var worst = int.TryParse(CommandOptions.Value(args, "--worst"), out var n) ? n : 5;
        var summary = new Table().AddColumns("set", "samples", "too short", "pairs found", "false pairs", "missed pairs", "precision", "recall");
        var sets = new (string Name, List<DedupSample> Samples)[]
        {
            (string.Join('+', renderings), extracted),
            ("truth+" + string.Join('+', renderings), [.. truthBodies, .. extracted]),
            ("cropped " + string.Join('+', renderings), cropped),
            ("truth+cropped " + string.Join('+', renderings), [.. truthBodies, .. cropped]),
        };
        foreach (var (name, samples) in sets)
        {
            var result = evaluator.Evaluate(samples);
            summary.AddRow(name, $"{result.Samples}", $"{result.TooShortToSketch}", $"{result.TruePositives}", $"{result.FalsePositives.Count}", $"{result.Missed.Count}", $"{result.Precision:F4}", $"{result.Recall:F4}");
            Errors($"false pairs: {name}", result.FalsePositives.OrderByDescending(e => e.Similarity), worst);
            Errors($"missed pairs: {name}", result.Missed.OrderBy(e => e.Similarity), worst);
        }

        AnsiConsole.Write(summary);
        Similarities(evaluator, truthBodies, [.. extracted, .. cropped], [.. renderings, .. renderings.Select(r => "cropped-" + r)]);
        if (!args.Contains("--no-throughput"))
        {
            Throughput(options, [.. truthBodies, .. extracted], truthBodies);
        }

        return 0;
    }

    /// <summary>How alike the signatures of one article's copies are, and how alike the nearest different article is.</summary>
    private static void Similarities(NearDuplicateEvaluator evaluator, List<DedupSample> truth, List<DedupSample> extracted, string[] renderings)
    {
        var table = new Table().Title("estimated Jaccard (min / 25% / median / 75% / max)").AddColumns("pair", "articles", "similarity");
        var sketches = truth.Concat(extracted).ToDictionary(s => s.Name, s => evaluator.Sketch(s.Body));
        NearDuplicateSketch? Sketch(string source, DedupSample page) => sketches.GetValueOrDefault($"{source}/{page.ArticleKey[..8]}");
        var sources = renderings.Prepend("truth").ToList();
        for (var i = 0; i < sources.Count; i++)
        {
            for (var j = i + 1; j < sources.Count; j++)
            {
                if (i > 0 && sources[i].StartsWith("cropped", StringComparison.Ordinal) != sources[j].StartsWith("cropped", StringComparison.Ordinal))
                {
                    continue;
                }

                var values = truth.Select(page => NearDuplicateEvaluator.Similarity(Sketch(sources[i], page), Sketch(sources[j], page))).OfType<double>().Order().ToList();
                table.AddRow($"{sources[i]} vs {sources[j]}", $"{values.Count}", Quartiles(values));
            }
        }

        foreach (var (name, group) in new[] { ("truth + renderings", truth.Concat(extracted.Where(s => !s.Name.StartsWith("cropped", StringComparison.Ordinal)))), ("truth + cropped", truth.Concat(extracted.Where(s => s.Name.StartsWith("cropped", StringComparison.Ordinal)))) })
        {
            var all = group.ToList();
            var nearestOther = all
                .Select(a => all.Where(b => b.ArticleKey != a.ArticleKey).Select(b => NearDuplicateEvaluator.Similarity(sketches[a.Name], sketches[b.Name]) ?? 0).DefaultIfEmpty(0).Max())
                .Order().ToList();
            table.AddRow($"nearest different article: {name}", $"{nearestOther.Count}", Quartiles(nearestOther));
        }

        AnsiConsole.Write(table);
    }

    private static void Throughput(NearDuplicateOptions options, List<DedupSample> corpusSamples, List<DedupSample> truth)
    {
        var corpus = corpusSamples.Select(NearDuplicateEvaluator.ToCandidate).ToList();
        var synthetic = SyntheticArticles(truth, 20_000).Select(NearDuplicateEvaluator.ToCandidate).ToList();
        NearDuplicateThroughput.Measure(corpus, options, 2); // warm-up
        var corpusRate = NearDuplicateThroughput.Measure(corpus, options, 20);
        var syntheticRate = NearDuplicateThroughput.Measure(synthetic, options, 2);
        var table = new Table().Title("throughput, one thread, in memory (sketch + exact claim + lookups + verification + registration)")
            .AddColumns("input", "claims", "mean words", "claims/s", "claims/CPU-s");
        table.AddRow("corpus bodies (truth + extracted), fresh index per pass", $"{corpus.Count} × 20", $"{corpusSamples.Average(s => WordTokenizer.Count(s.Body)):F0}", $"{corpusRate.PerSecond:F0}", $"{corpusRate.PerCpuSecond:F0}");
        table.AddRow("distinct synthetic articles, growing index", $"{synthetic.Count} × 2", $"{synthetic.Average(s => WordTokenizer.Count(s.Body)):F0}", $"{syntheticRate.PerSecond:F0}", $"{syntheticRate.PerCpuSecond:F0}");
        if (Environment.GetEnvironmentVariable("AzureWebJobsStorage") is { Length: > 0 } connection)
        {
            // Against the claim log in blob storage (Azurite locally): a fresh log per pass, the corpus bodies settled
            // 100 at a time as a chunk's records are, by one host.
            var blobs = StorageClientFactory.CreateBlobService(connection);
            var resilience = StorageResilience.Create(TimeProvider.System);
            var stored = NearDuplicateThroughput.Measure(corpus, () =>
            {
                var log = blobs.GetBlobContainerClient($"dedupbench{Guid.NewGuid():N}"[..24]);
                log.CreateIfNotExists();
                return new SharedDedupIndex(new BlobClaimLog(log, resilience), options);
            }, passes: 1, batch: 100);
            table.AddRow("corpus bodies, claim log in blob storage (AzureWebJobsStorage), 100 a batch", $"{corpus.Count} × 1", $"{corpusSamples.Average(s => WordTokenizer.Count(s.Body)):F0}", $"{stored.PerSecond:F0}", $"{stored.PerCpuSecond:F0}");
        }

        AnsiConsole.Write(table);
    }

    /// <summary>Distinct articles as long as the ground-truth bodies, made of the corpus's own words drawn at random.</summary>
    private static IEnumerable<DedupSample> SyntheticArticles(List<DedupSample> truth, int count)
    {
        var random = new Random(42);
        var words = truth.SelectMany(t => t.Body.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        for (var i = 0; i < count; i++)
        {
            var length = truth[random.Next(truth.Count)].Body.Split(' ').Length;
            yield return new DedupSample($"s{i}", $"synthetic/{i}", string.Join(' ', Enumerable.Range(0, length).Select(_ => words[random.Next(words.Length)])));
        }
    }

    private static void Errors(string title, IEnumerable<DedupPairError> errors, int worst)
    {
        var list = errors.Take(worst).ToList();
        if (list.Count == 0)
        {
            return;
        }

        var table = new Table().Title(title).AddColumns("first", "second", "est. Jaccard");
        foreach (var e in list)
        {
            table.AddRow(e.First, e.Second, e.Similarity is { } s ? $"{s:F3}" : "too short");
        }

        AnsiConsole.Write(table);
    }

    private static string Quartiles(List<double> sorted) => sorted.Count == 0
        ? "-"
        : string.Join(" / ", new[] { 0, 0.25, 0.5, 0.75, 1 }.Select(q => sorted[(int)Math.Round(q * (sorted.Count - 1))].ToString("F2", CultureInfo.InvariantCulture)));

    private static NearDuplicateOptions Options(IReadOnlyList<string> args)
    {
        var options = new NearDuplicateOptions();
        options.ShingleSize = int.TryParse(CommandOptions.Value(args, "--shingle"), out var shingle) ? shingle : options.ShingleSize;
        options.Bands = int.TryParse(CommandOptions.Value(args, "--bands"), out var bands) ? bands : options.Bands;
        options.RowsPerBand = int.TryParse(CommandOptions.Value(args, "--rows"), out var rows) ? rows : options.RowsPerBand;
        options.Threshold = double.TryParse(CommandOptions.Value(args, "--threshold"), CultureInfo.InvariantCulture, out var threshold) ? threshold : options.Threshold;
        options.MinShingles = int.TryParse(CommandOptions.Value(args, "--min-shingles"), out var min) ? min : options.MinShingles;
        options.Seed = ulong.TryParse(CommandOptions.Value(args, "--seed"), out var seed) ? seed : options.Seed;
        return options;
    }
}
