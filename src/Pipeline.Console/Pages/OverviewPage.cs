using System.Globalization;
using System.Text;
using Pipeline.Console.Indexing;
using Pipeline.Console.Storage;
using static Pipeline.Console.Pages.Html;

namespace Pipeline.Console.Pages;

/// <summary>Every input with its status and counts, quarantine reasons grouped, articles over time; reloads itself every 2 s.</summary>
internal static class OverviewPage
{
    public const int RefreshSeconds = 2;

    public static IResult Render(IReadOnlyList<InputSummary> inputs, IndexState index)
    {
        var html = new StringBuilder("<h1>Overview</h1>");
        var byStatus = inputs.GroupBy(i => i.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{Status(g.Key)} {Number(g.Count())}");
        html.Append($"<p>{Number(inputs.Count)} inputs: {string.Join(" ", byStatus)} · {Number(inputs.Sum(i => (long)i.Counts.Written))} articles written, " +
                    $"{Number(inputs.Sum(i => (long)i.Counts.Duplicate))} duplicates, {Number(inputs.Sum(i => (long)i.Counts.Rejected))} records rejected · " +
                    $"search index: {Number(index.Versions.Count)} documents{(index.Synced ? "" : " (first sync running)")}</p>");

        html.Append("<h2>Articles written over time</h2>").Append(ArticlesChart.Svg(inputs));

        html.Append("<h2>Inputs</h2><table id=\"inputs\"><thead><tr><th>input</th><th>status</th><th>format</th><th class=\"n\">written</th><th class=\"n\">duplicate</th>" +
                    "<th class=\"n\">rejected</th><th>progress</th><th>started (UTC)</th><th class=\"n\">took</th></tr></thead><tbody>");
        foreach (var input in inputs.OrderByDescending(i => i.StartedAt ?? DateTimeOffset.MaxValue).ThenBy(i => i.Name, StringComparer.Ordinal))
        {
            html.Append($"<tr data-input=\"{E(input.Name)}\"><td><a href=\"/inputs/{PathPart(input.Name)}\">{E(input.Name)}</a></td><td>{Status(input.Status)}</td><td>{E(input.Format)}</td>")
                .Append($"<td class=\"n\">{Number(input.Counts.Written)}</td><td class=\"n\">{Number(input.Counts.Duplicate)}</td><td class=\"n\">{Number(input.Counts.Rejected)}</td>")
                .Append($"<td>{Progress(input)}</td><td>{input.StartedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}</td>")
                .Append($"<td class=\"n\">{(input.DurationMs is { } ms ? (ms / 1000).ToString("0.0 s", CultureInfo.InvariantCulture) : "")}</td></tr>");
        }

        html.Append("</tbody></table>");

        var reasons = inputs.Where(i => i.Status == InputStatuses.Quarantined || (i.Status == InputStatuses.Deleted && i.Reason is not null))
            .GroupBy(i => i.Reason ?? "(no reason given)").OrderByDescending(g => g.Count()).ToList();
        html.Append("<h2>Quarantine reasons</h2>");
        if (reasons.Count == 0)
        {
            html.Append("<p class=\"meta\">No input quarantined.</p>");
        }
        else
        {
            html.Append("<table id=\"quarantine\"><thead><tr><th>reason</th><th class=\"n\">inputs</th><th>for example</th></tr></thead><tbody>");
            foreach (var group in reasons)
            {
                var examples = group.Take(3).Select(i => $"<a href=\"/inputs/{PathPart(i.Name)}\">{E(i.Name)}</a>");
                html.Append($"<tr><td>{E(group.Key)}</td><td class=\"n\">{group.Count()}</td><td>{string.Join(", ", examples)}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("<h2>Removals by rule</h2><p class=\"note\">Not available: the pipeline does not record yet which lines each cleaning rule or " +
                    "extraction step removed (neither reports nor documents carry it), so the console can't count them.</p>");
        return Page("Overview", html.ToString(), RefreshSeconds);
    }

    private static string Progress(InputSummary input) => input switch
    {
        { Status: InputStatuses.Processing, ChunksTotal: { } total } => $"chunks {input.ChunksDone ?? 0}/{total}, {Number(input.Counts.Total)} records",
        { Status: InputStatuses.Processing, ChunksDone: { } done } => $"cutting into chunks, {done} done",
        { Status: InputStatuses.Processing } => "waiting for the trigger",
        _ => "",
    };
}
