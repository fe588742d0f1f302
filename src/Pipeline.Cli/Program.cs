using Pipeline.Cli.Commands;
using Spectre.Console;

// pipeline normalize PATH... | drop FILE... | eval CORPUS (see Usage)
// Tables wrap at 80 columns when output is piped; a wider canvas keeps blob names on one line.
if (Console.IsOutputRedirected)
{
    AnsiConsole.Profile.Width = 200;
}

return args switch
{
    ["normalize", .. var paths] when paths.Length > 0 => await NormalizeCommand.RunAsync(paths, Console.Out, Console.Error, CancellationToken.None),
    ["eval", .. var rest] when rest.Length > 0 => EvalCommand.Run(rest),
    ["bench-stream", .. var rest] => await BenchStreamCommand.RunAsync(rest, Console.Out, CancellationToken.None),
    ["drop", .. var files] when files.Length > 0 => await DropCommand.RunAsync(files, CancellationToken.None),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          pipeline normalize PATH...                      normalize files or folders (recursively); JSON lines on stdout
          pipeline drop FILE... [--no-wait] [--timeout S]  upload into container raw (AzureWebJobsStorage), wait for and print the outcome
          pipeline eval CORPUS [--rendering R] [--worst N] score extraction on a benchmark folder (R: html, lynx, w3m; default all)
          pipeline bench-stream SIZE_MB                    generate a JSON Lines dump of SIZE_MB once, normalize it, print MB/s and peak memory
        """);
    return 2;
}
