using Pipeline.Cli.Commands;

// pipeline normalize PATH... | pipeline eval CORPUS [--rendering html|lynx|w3m] [--worst N] | pipeline dedup-eval CORPUS [options]
return args switch
{
    ["normalize", .. var paths] when paths.Length > 0 => await NormalizeCommand.RunAsync(paths, Console.Out, Console.Error, CancellationToken.None),
    ["eval", .. var rest] when rest.Length > 0 => EvalCommand.Run(rest),
    ["dedup-eval", .. var rest] when rest.Length > 0 => DedupEvalCommand.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          pipeline normalize PATH...                      normalize files or folders (recursively); JSON lines on stdout
          pipeline eval CORPUS [--rendering R] [--worst N] score extraction on a benchmark folder (R: html, lynx, w3m; default all)
          pipeline dedup-eval CORPUS [--renderings R,R] [--shingle N] [--bands N] [--rows N] [--threshold X] [--min-shingles N] [--seed N] [--worst N] [--no-throughput]
                                                          score near-duplicate detection (renderings of one page = one article) and its throughput
        """);
    return 2;
}
