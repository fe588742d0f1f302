namespace Pipeline.Console.Pages;

/// <summary>The console's only stylesheet, served as <c>/console.css</c> (the Content-Security-Policy allows no inline style or script).</summary>
internal static class Stylesheet
{
    public const string Css = """
        body { font: 15px/1.45 system-ui, sans-serif; margin: 0; color: #1d2330; background: #f7f8fa; }
        header { background: #1d2330; padding: .6em 1.2em; }
        header a { color: #fff; margin-right: 1.2em; text-decoration: none; font-weight: 600; }
        main { padding: 1em 1.6em; max-width: 1400px; }
        h1 { font-size: 1.4em; margin: .4em 0 .6em; overflow-wrap: anywhere; }
        h2 { font-size: 1.1em; margin: 1.4em 0 .5em; }
        table { border-collapse: collapse; background: #fff; width: 100%; }
        th, td { text-align: left; padding: .3em .6em; border-bottom: 1px solid #e3e6eb; vertical-align: top; overflow-wrap: anywhere; }
        th { background: #eef0f4; font-weight: 600; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        .status { padding: .05em .5em; border-radius: .8em; font-size: .85em; font-weight: 600; }
        .status-processed, .status-written { background: #d8f3dc; color: #1b5e20; }
        .status-processing { background: #fff3bf; color: #7a5b00; }
        .status-quarantined, .status-failed, .status-rejected { background: #ffe0e0; color: #8a1c1c; }
        .status-deleted, .status-duplicate { background: #e9ecef; color: #495057; }
        .note { background: #eef4ff; border-left: 4px solid #5b8def; padding: .5em .8em; margin: .8em 0; }
        .error { background: #ffe0e0; border-left: 4px solid #c0392b; padding: .5em .8em; }
        .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1.2em; }
        .doc p { margin: 0 0 .8em; }
        pre.raw { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; border: 1px solid #e3e6eb; padding: .6em; font-size: .85em; max-height: 80vh; overflow: auto; }
        mark { background: #ffe066; padding: 0 .1em; }
        pre.raw del { color: #a33; text-decoration: line-through; background: #fff0f0; }
        .hit { background: #fff; padding: .6em .9em; margin-bottom: .6em; border: 1px solid #e3e6eb; }
        .hit h3 { margin: 0 0 .2em; font-size: 1.05em; }
        .meta { color: #5c6370; font-size: .88em; }
        .facets { display: flex; gap: 2em; flex-wrap: wrap; margin: .6em 0 1em; }
        .facets ul { list-style: none; margin: 0; padding: 0; }
        form.search input[type=text] { width: 40em; max-width: 70%; padding: .35em; font-size: 1em; }
        form.search input { margin-right: .4em; }
        svg.chart rect { fill: #5b8def; }
        svg.chart text { font-size: 11px; fill: #5c6370; }
        dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; }
        dl.fields dt { font-weight: 600; }
        dl.fields dd { margin: 0; overflow-wrap: anywhere; }
        """;
}
