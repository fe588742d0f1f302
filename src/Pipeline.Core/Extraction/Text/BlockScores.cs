namespace Pipeline.Core.Extraction.Text;

/// <summary>Per block of a dump: its contribution to the article score, whether it is running prose, and whether it is boilerplate.</summary>
internal sealed record BlockScores(double[] Score, bool[] Prose, bool[] Boilerplate);
