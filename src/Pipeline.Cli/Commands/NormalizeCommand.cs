using Microsoft.Extensions.Configuration;
using Pipeline.Cli.Output;
using Pipeline.Core.Dedup;
using Pipeline.Core.Ingest;

namespace Pipeline.Cli.Commands;

/// <summary>
/// Runs the core over local files with no storage: documents as JSON lines on stdout (exact and near duplicates flagged
/// across the whole batch by this process alone),
/// rejected records and unreadable files as JSON lines on stderr.
/// </summary>
public static class NormalizeCommand
{
    public const string Container = "file";

    public static Task<int> RunAsync(IReadOnlyList<string> paths, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        RunAsync(paths, stdout, stderr, new PipelineOptions(), cancellationToken);

    /// <summary>With the <c>Pipeline</c> settings the hosts would read (environment variables <c>Pipeline__...</c>), checked the same way.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> paths, TextWriter stdout, TextWriter stderr, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var options = configuration.GetSection(PipelineOptions.SectionName).Get<PipelineOptions>() ?? new PipelineOptions();
        if (PipelineOptionsRules.Check(options) is { Count: > 0 } problems)
        {
            await stderr.WriteLineAsync("invalid configuration: " + string.Join("; ", problems));
            return 2;
        }

        return await RunAsync(paths, stdout, stderr, options, cancellationToken);
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> paths, TextWriter stdout, TextWriter stderr, PipelineOptions options, CancellationToken cancellationToken)
    {
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            await stderr.WriteLineAsync($"no such file or folder: {string.Join(", ", missing)}");
            return 2;
        }

        // The CLI prints rejections only: a written record needs no report line kept until its input ends.
        options.Reader.MaxListedRecords = 0;

        // Nothing to amortize here (the dedup index is in this process, documents go to stdout): small batches keep a
        // record's text, extraction and document short-lived, so memory stays flat and the GC cheap.
        options.Ingest.ChunkRecords = Math.Min(options.Ingest.ChunkRecords, 64);
        var sink = new JsonLinesSink(stdout, stderr);
        var service = new IngestService(CoreStages.Create(options), NearDuplicateIndex.Local(options.Dedup), sink, sink, sink, TimeProvider.System);
        foreach (var file in paths.SelectMany(InputFiles))
        {
            await using var stream = File.OpenRead(file);
            await service.ProcessAsync(stream, new InputRef(Container, file), cancellationToken);
        }

        return 0;
    }

    /// <summary>A file as given, or a folder's files in a stable order, named as the folder argument joined with the path inside it.</summary>
    private static IEnumerable<string> InputFiles(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Select(f => Path.Join(path, Path.GetRelativePath(path, f)).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }
}
