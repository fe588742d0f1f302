namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Where the article runs in a dump's blocks (<paramref name="Start"/>..<paramref name="End"/>), the blocks kept from
/// that run, and the short lines inside it left out as the labels of furniture (<see cref="FurnitureLabel"/>).
/// </summary>
public sealed record ArticleRegion(int Start, int End, List<TextBlock> Blocks, List<TextBlock>? FurnitureLabels = null);
