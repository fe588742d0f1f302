using Pipeline.Cli.Commands;
using Microsoft.Extensions.Configuration;
using Pipeline.Tooling.Repository;
using Spectre.Console;

// pipeline normalize PATH... | drop FILE... | explain FILE | eval CORPUS (see Usage)
// Tables wrap at 80 columns when output is piped; a wider canvas keeps blob names on one line.
if (Console.IsOutputRedirected)
{
    AnsiConsole.Profile.Width = 200;
}

// Asking for help never starts anything (a bench would otherwise start Azurite and hosts with its defaults).
if (args is ["help"] || args.Any(a => a is "--help" or "-h"))
{
    Usage();
    return 0;
}

try
{
    return args switch
    {
        ["normalize", .. var paths] when paths.Length > 0 => await NormalizeCommand.RunAsync(paths, Console.Out, Console.Error, Configuration(), CancellationToken.None),
        ["explain", .. var rest] => await ExplainCommand.RunAsync(rest, AnsiConsole.Console, Configuration(), CancellationToken.None),
        ["eval", .. var rest] => EvalCommand.Run(rest),
        ["dedup-eval", .. var rest] when rest.Length > 0 => DedupEvalCommand.Run(rest),
        ["bench-stream", .. var rest] => await BenchStreamCommand.RunAsync(rest, Console.Out, CancellationToken.None),
        ["bench-ingest", .. var rest] => await BenchIngestCommand.RunAsync(rest, CancellationToken.None),
        ["bench-search", .. var rest] => await BenchSearchCommand.RunAsync(rest, CancellationToken.None),
        ["bench-corpus", .. var rest] => await BenchCorpusCommand.RunAsync(rest, Console.Out, CancellationToken.None),
        ["drop", .. var files] when files.Length > 0 => await DropCommand.RunAsync(files, Configuration(), CancellationToken.None),
        ["replay", .. var names] when names.Length > 0 => await ReplayCommand.RunAsync(names, Configuration(), CancellationToken.None),
        ["forget", .. var names] when names.Length > 0 => await ForgetCommand.RunAsync(names, Configuration(), CancellationToken.None),
        _ => Usage(),
    };
}
catch (MissingRepositoryPartException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          pipeline normalize PATH...                      normalize files or folders (recursively); JSON lines on stdout
          pipeline drop FILE... [--no-wait] [--timeout S]  upload into container raw (AzureWebJobsStorage), wait for and print the outcome
          pipeline replay --quarantined | NAME...         re-run quarantined (or named) raw inputs through the pipeline
          pipeline forget NAME...                         withdraw what deleted raw inputs produced (what the sweep and BlobDeleted do)
          pipeline explain FILE [--record KEY]            each record's kept text and every removed line with the rule or step that removed it
          pipeline eval [CORPUS...] [--rendering R] [--worst N] [--folds K] [--dump DIR]
                                                          score extraction on benchmark folders (default corpora/aeb-dev and traf-dev),
                                                          per cross-validation fold of sites (K, default 2) and overall (R: html, lynx, w3m; default all);
                                                          --dump writes each extracted body to DIR/corpus/rendering/foldN/id.txt
          pipeline dedup-eval CORPUS [--renderings R,R] [--shingle N] [--bands N] [--rows N] [--threshold X] [--min-shingles N] [--seed N] [--worst N] [--no-throughput]
                                                          score near-duplicate detection (renderings of one page = one article) and its throughput
          pipeline bench-stream SIZE_MB                    generate a JSON Lines dump of SIZE_MB once, normalize it, print MB/s and peak memory
          pipeline bench-ingest [--articles N] [--dumps N] [--hosts N] [--latency-ms MS] [--exact X] [--near X] [--verify] [--azurite-in-memory]
                                                          Azurite + N local hosts: drop generated dumps into raw, print articles/s, requests per article, memory
          pipeline bench-corpus [--articles N]           a host's copy of the corpus: heap per article and time per claim (N generated articles, default 100,000)
          pipeline bench-search [--documents N] [--queries N] [--probes N] [--azurite-in-memory]
                                                          Azurite + the console: N documents in normalized, index rebuild time, search p50/p95/p99 over HTTP,
                                                          seconds from a document's write to being searchable
        """);
    return 2;
}

// Commands read the same settings as the hosts: AzureWebJobsStorage and Pipeline__* from the environment.
static IConfiguration Configuration() => new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" })
    .AddEnvironmentVariables()
    .Build();
