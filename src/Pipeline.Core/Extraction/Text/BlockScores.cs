namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Per block of a dump: its contribution to the article score, whether it is running prose, whether it is boilerplate,
/// and whether the page prints the same text more than once.
/// </summary>
internal sealed record BlockScores(double[] Score, bool[] Prose, bool[] Boilerplate, bool[] Repeated);
