using System.Globalization;
using System.Text;
using Pipeline.Console.Storage;
using Pipeline.Core.Ingest;
using static Pipeline.Console.Pages.Html;

namespace Pipeline.Console.Pages;

/// <summary>One input: its status and counts, and each record's outcome with a link to the document it became (or duplicates).</summary>
internal static class InputPage
{
    public static IResult Render(InputDetails input)
    {
        var s = input.Summary;
        var html = new StringBuilder($"<h1>{E(s.Name)}</h1><p>{Status(s.Status)} · format {E(s.Format ?? "?")} · {Number(s.Counts.Written)} written, " +
                                     $"{Number(s.Counts.Duplicate)} duplicate, {Number(s.Counts.Rejected)} rejected</p>");
        if (s.Reason is not null)
        {
            html.Append($"<p class=\"error\">Reason: {E(s.Reason)}</p>");
        }

        if (s.Status == InputStatuses.Processing)
        {
            html.Append("<p class=\"note\">Still processing: the records are listed once the input's report is final.</p>");
        }

        if (input.ListedRecords > input.Records.Count)
        {
            html.Append($"<p class=\"note\">The first {Number(input.Records.Count)} of {Number(input.ListedRecords)} listed records are shown.</p>");
        }

        html.Append("<table id=\"records\"><thead><tr><th>record</th><th>outcome</th><th>document</th><th>detail</th></tr></thead><tbody>");
        foreach (var record in input.Records)
        {
            var document = record.Id is { } id ? $"<a href=\"/documents/{Uri.EscapeDataString(id)}\">{E(id)}</a>" : "";
            var detail = record.Status switch
            {
                RecordStatus.Duplicate when record.DuplicateOf is { } of =>
                    $"duplicate of <a href=\"/documents/{Uri.EscapeDataString(of)}\">{E(of)}</a>" +
                    (record.Similarity is { } similarity ? $" (similarity {similarity.ToString("0.00", CultureInfo.InvariantCulture)})" : ""),
                _ => E(record.Reason),
            };
            var status = record.Status.ToString().ToLowerInvariant();
            html.Append($"<tr><td>{E(record.Record)}</td><td>{Status(status)}</td><td>{document}</td><td>{detail}</td></tr>");
        }

        html.Append("</tbody></table>");
        return Page(s.Name, html.ToString(), s.Status == InputStatuses.Processing ? OverviewPage.RefreshSeconds : null);
    }
}
