namespace Pipeline.Core.Extraction.Text;

/// <summary>Where the article runs in a dump's blocks (<paramref name="Start"/>..<paramref name="End"/>) and the blocks kept from that run.</summary>
public sealed record ArticleRegion(int Start, int End, List<TextBlock> Blocks);
