using Pipeline.Core.Extraction;
using Pipeline.Core.Normalizing;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Evaluation;

/// <summary>Scores the pipeline's extract + clean stages on one rendering of a benchmark corpus.</summary>
public sealed class ExtractionEvaluator(RecordExtractor extractor)
{
    public EvaluationResult Evaluate(BenchmarkCorpus corpus, string rendering)
    {
        var pages = new List<PageEvaluation>();
        foreach (var page in corpus.LoadTruth())
        {
            if (corpus.Load(rendering, page.Id) is not { } input)
            {
                continue;
            }

            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var predicted = ExtractBody(input.Name, input.Bytes, page.Url);
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            pages.Add(new PageEvaluation(page.Id, ShingleScorer.Score(predicted, page.ArticleBody), elapsed));
        }

        return new EvaluationResult(rendering, pages);
    }

    /// <summary>The body text the pipeline would index for these bytes (empty when it would reject them).</summary>
    public string ExtractBody(string name, byte[] bytes, string? url = null)
    {
        try
        {
            var text = TextDecoder.Decode(bytes);
            var article = extractor.Extract(new RawRecord("1", FormatSniffer.Sniff(name, text), text, url));
            return string.Join(ArticleNormalizer.ParagraphSeparator, article.Paragraphs);
        }
        catch (Exception e) when (e is UnreadableInputException or UnsupportedFormatException)
        {
            return "";
        }
    }
}
