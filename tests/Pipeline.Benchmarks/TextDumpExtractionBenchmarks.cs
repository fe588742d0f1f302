using BenchmarkDotNet.Attributes;
using Pipeline.Tooling.Evaluation;
using Pipeline.Core.Extraction.Text;
using Pipeline.Core.Reading;
using Pipeline.Core.Reading.Text;

namespace Pipeline.Benchmarks;

/// <summary>
/// Text-dump extraction throughput on one thread, warm, over the 176 aeb-dev lynx and w3m dumps.
/// One operation is one dump, so dumps/s = 1 / mean.
/// </summary>
[MemoryDiagnoser]
public class TextDumpExtractionBenchmarks
{
    private const int DumpCount = 176;

    private readonly TextDumpExtractor extractor = new();
    private List<string> dumps = [];

    [GlobalSetup]
    public void LoadDumps()
    {
        var corpus = new BenchmarkCorpus(CorpusLocator.DevCorpus());
        dumps = corpus.LoadTruth()
            .SelectMany(page => new[] { corpus.Load("lynx", page.Id), corpus.Load("w3m", page.Id) })
            .Where(input => input is not null)
            .Select(input => TextDecoder.Decode(input!.Value.Bytes))
            .ToList();
        if (dumps.Count != DumpCount)
        {
            throw new InvalidOperationException($"expected {DumpCount} dumps, found {dumps.Count}");
        }
    }

    [Benchmark(OperationsPerInvoke = DumpCount)]
    public int TextDumpExtractor()
    {
        var paragraphs = 0;
        foreach (var dump in dumps)
        {
            paragraphs += extractor.Extract(new RawRecord("1", DumpFormat.Text, dump)).Paragraphs.Count;
        }

        return paragraphs;
    }
}
