using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Pipeline.Core.Ingest;
using Pipeline.Core.Reading;

namespace Pipeline.Cli.Commands;

/// <summary>
/// Measures the streaming path: generates a JSON Lines dump of realistic article records (once, kept in the temp
/// folder), runs it through <see cref="NormalizeCommand"/> with stdout discarded, and prints input MB/s and the
/// process's peak working set.
/// </summary>
public static class BenchStreamCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args.Count < 1 || !int.TryParse(args[0], CultureInfo.InvariantCulture, out var sizeMb) || sizeMb <= 0)
        {
            await output.WriteLineAsync("usage: pipeline bench-stream SIZE_MB [--stage read|extract|normalize|all]");
            return 2;
        }

        var path = Path.Combine(Path.GetTempPath(), $"pipeline-bench-{sizeMb}mb.jsonl");
        var bytes = (long)sizeMb * 1024 * 1024;
        if (!File.Exists(path) || new FileInfo(path).Length < bytes)
        {
            var generating = Stopwatch.StartNew();
            await BenchDumpGenerator.WriteAsync(path, bytes, cancellationToken);
            await output.WriteLineAsync($"generated {path} in {generating.Elapsed.TotalSeconds:0.0} s");
        }

        var length = new FileInfo(path).Length;
        var options = new PipelineOptions
        {
            Reader = new ReaderOptions { MaxInputBytes = length + 1, MaxRecordsPerInput = int.MaxValue },
        };
        var stage = args.Count >= 3 && args[1] == "--stage" ? args[2] : "all";
        var rejections = new LineCountingWriter();
        var stopwatch = Stopwatch.StartNew();
        var code = stage == "all"
            ? await NormalizeCommand.RunAsync([path], TextWriter.Null, rejections, options, cancellationToken)
            : await RunStagesAsync(path, stage, options, rejections, cancellationToken);
        stopwatch.Stop();

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var megabytes = length / 1024.0 / 1024.0;
        var gc = GC.GetGCMemoryInfo();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"input {megabytes:0.0} MB in {stopwatch.Elapsed.TotalSeconds:0.0} s: {megabytes / stopwatch.Elapsed.TotalSeconds:0.0} MB/s; " +
            $"CPU {process.TotalProcessorTime.TotalSeconds:0.0} s ({megabytes / process.TotalProcessorTime.TotalSeconds:0.0} MB per CPU-second); " +
            $"peak working set {process.PeakWorkingSet64 / 1024.0 / 1024.0:0} MB (GC heap {gc.HeapSizeBytes / 1024.0 / 1024.0:0} MB, " +
            $"committed {gc.TotalCommittedBytes / 1024.0 / 1024.0:0} MB at the end); stderr lines {rejections.Lines}; exit {code}"));
        return code;
    }

    /// <summary>The core's stages up to <paramref name="stage"/> only, to see which one costs the time.</summary>
    private static async Task<int> RunStagesAsync(string path, string stage, PipelineOptions options, LineCountingWriter rejections, CancellationToken cancellationToken)
    {
        var stages = CoreStages.Create(options);
        await using var input = File.OpenRead(path);
        await foreach (var record in stages.Reader.ReadAsync(input, path, cancellationToken))
        {
            if (record.RejectionReason is not null)
            {
                await rejections.WriteLineAsync(record.RejectionReason);
                continue;
            }

            if (stage is "extract" or "normalize")
            {
                var article = stages.Extractor.Extract(record);
                if (stage == "normalize")
                {
                    stages.Normalizer.Normalize(article, new Pipeline.Core.Output.RecordOrigin("file", path, record.Key, "json"));
                }
            }
        }

        return 0;
    }

    private sealed class LineCountingWriter : TextWriter
    {
        public long Lines { get; private set; }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            if (value == '\n')
            {
                Lines++;
            }
        }

        public override Task WriteLineAsync(string? value)
        {
            Lines++;
            return Task.CompletedTask;
        }
    }
}
