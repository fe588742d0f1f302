using System.Globalization;
using System.Text;
using Pipeline.Console.Storage;

namespace Pipeline.Console.Pages;

/// <summary>Articles written over time, by when each input's processing ended: an SVG bar chart drawn on the server (no script).</summary>
internal static class ArticlesChart
{
    private const int Width = 900;
    private const int Height = 160;
    private const int MaxBars = 60;

    /// <summary>Written articles per bucket (minute, hour or day, whichever keeps the bars at most <see cref="MaxBars"/>).</summary>
    public static List<(DateTimeOffset Start, int Articles)> Buckets(IEnumerable<InputSummary> inputs)
    {
        var ends = inputs
            .Where(i => i.StartedAt is not null && i.Counts.Written > 0)
            .Select(i => (End: i.StartedAt!.Value.AddMilliseconds(i.DurationMs ?? 0).ToUniversalTime(), i.Counts.Written))
            .ToList();
        if (ends.Count == 0)
        {
            return [];
        }

        var first = ends.Min(e => e.End);
        var last = ends.Max(e => e.End);
        var size = new[] { TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1), TimeSpan.FromDays(1) }
            .FirstOrDefault(s => (last - first) / s < MaxBars, TimeSpan.FromDays(7));
        var origin = new DateTimeOffset(first.Ticks - (first.Ticks % size.Ticks), TimeSpan.Zero);
        var bars = new int[(int)((last - origin) / size) + 1];
        foreach (var (end, written) in ends)
        {
            bars[(int)((end - origin) / size)] += written;
        }

        return bars.Select((count, i) => (origin + (size * i), count)).ToList();
    }

    public static string Svg(IEnumerable<InputSummary> inputs)
    {
        var buckets = Buckets(inputs);
        if (buckets.Count == 0)
        {
            return "<p class=\"meta\">No articles written yet.</p>";
        }

        var max = Math.Max(1, buckets.Max(b => b.Articles));
        var barWidth = (Width - 40.0) / buckets.Count;
        var svg = new StringBuilder($"<svg class=\"chart\" role=\"img\" aria-label=\"articles written over time\" viewBox=\"0 0 {Width} {Height + 30}\" width=\"{Width}\" height=\"{Height + 30}\">");
        for (var i = 0; i < buckets.Count; i++)
        {
            var (start, articles) = buckets[i];
            var h = articles * (Height - 10.0) / max;
            var x = 40 + (i * barWidth);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:F1}\" y=\"{Height - h:F1}\" width=\"{Math.Max(1, barWidth - 2):F1}\" height=\"{h:F1}\"><title>{start:yyyy-MM-dd HH:mm} UTC: {articles} articles</title></rect>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"12\">{max}</text><text x=\"0\" y=\"{Height}\">0</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"40\" y=\"{Height + 20}\">{buckets[0].Start:yyyy-MM-dd HH:mm} UTC</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - 150}\" y=\"{Height + 20}\">{buckets[^1].Start:yyyy-MM-dd HH:mm} UTC</text>");
        return svg.Append("</svg>").ToString();
    }
}
