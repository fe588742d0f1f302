using System.Diagnostics;
using System.Text;
using Pipeline.Core.Extraction;
using Pipeline.Core.Normalizing;
using Pipeline.Core.Reading;
using Pipeline.Core.Reading.Text;

namespace Pipeline.Tooling.Evaluation;

/// <summary>
/// Scores the pipeline's extract + clean stages on one rendering of a benchmark corpus, with that benchmark's own
/// metric, and places each page in its cross-validation fold (<see cref="SiteFolds"/>).
/// </summary>
/// <param name="extractor">The stages under test.</param>
/// <param name="folds">How many cross-validation folds to place pages in.</param>
/// <param name="onBody">Told each page's rendering, id, fold and extracted body (to keep them for inspection).</param>
public sealed class ExtractionEvaluator(RecordExtractor extractor, int folds = SiteFolds.DefaultCount, Action<string, string, int, string>? onBody = null)
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

            var (predicted, elapsed, fold) = Extract(corpus.Root, rendering, page.Id, page.Url, input);
            pages.Add(new PageEvaluation(page.Id, ShingleScorer.Score(predicted, page.ArticleBody), elapsed, fold, predicted.Length == 0));
        }

        return new EvaluationResult(rendering, pages);
    }

    public SnippetEvaluationResult Evaluate(SnippetCorpus corpus, string rendering)
    {
        var pages = new List<SnippetPageEvaluation>();
        foreach (var page in corpus.LoadAnnotations())
        {
            if (corpus.Load(rendering, page.Id) is not { } input)
            {
                continue;
            }

            var (predicted, elapsed, fold) = Extract(corpus.Root, rendering, page.Id, page.Url, input);
            pages.Add(new SnippetPageEvaluation(page.Id, fold, SnippetScorer.Score(predicted, page), predicted.Length == 0, elapsed));
        }

        return new SnippetEvaluationResult(rendering, pages);
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

    /// <summary>One page of either benchmark: its extracted body, the time that took, and its fold.</summary>
    private (string Body, TimeSpan Elapsed, int Fold) Extract(string root, string rendering, string id, string? url, (string Name, byte[] Bytes) input)
    {
        var started = Stopwatch.GetTimestamp();
        var body = ExtractBody(input.Name, input.Bytes, url);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var fold = SiteFolds.FoldOf(SiteFolds.SiteOf(id, url, () => RawHtml(root, id)), folds);
        onBody?.Invoke(rendering, id, fold, body);
        return (body, elapsed, fold);
    }

    /// <summary>The page's HTML as Latin-1 (enough to read its links), for placing a page without a stated URL.</summary>
    private static string? RawHtml(string root, string id) =>
        CorpusRenderings.Load(root, "html", id) is { } html ? Encoding.Latin1.GetString(html.Bytes) : null;
}
