using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// A paragraph that closes the run behind a break of page furniture (share buttons, a tag line, an advert label, a
/// newsletter heading): an author bio, a newsletter pitch, a blurb printed under every story. The story's own last
/// paragraph follows its prose with at most a photo and its caption between.
/// </summary>
internal static class ClosingTrailer
{
    /// <summary>A break of one block is a caption or a subheading as often as furniture.</summary>
    private const int MinBreak = 2;

    /// <summary>The story before the break is the article only when it outweighs what comes after.</summary>
    private const double MinStoryRatio = 2;

    /// <summary>The last block of the run <paramref name="start"/>..<paramref name="end"/> before its trailer, or <paramref name="end"/>.</summary>
    public static int EndBefore(IReadOnlyList<TextBlock> blocks, BlockScores scores, int start, int end)
    {
        if (scores.Score[end] <= 0)
        {
            return end;
        }

        var last = end - 1;
        var furniture = false;
        while (last > start && scores.Score[last] <= 0)
        {
            furniture |= IsFurniture(blocks[last].Text);
            last--;
        }

        if (end - last - 1 < MinBreak || !furniture || scores.Score[last] <= 0)
        {
            return end;
        }

        var story = 0.0;
        for (var i = start; i <= last; i++)
        {
            story += Math.Max(0, scores.Score[i]);
        }

        return story >= MinStoryRatio * scores.Score[end] ? last : end;
    }

    /// <summary>
    /// A block a boilerplate rule names, other than a photo's caption or a bare number (a reference list's "87."): those
    /// stand inside stories too.
    /// </summary>
    private static bool IsFurniture(string text) =>
        ParagraphRules.FirstMatch(text) is { Name: not ("photo-caption" or "counter-line") };
}
