using System.Runtime;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// Gives back what a chunk used once it is done. A chunk's records, texts and documents (tens of MB, the long texts on
/// the large-object heap) outlive several young collections while the chunk runs, so they die in generation 2; and the
/// corpus copy every host keeps for deduplication (~1 KB an article) lives there too. Left alone, the GC lets generation
/// 2 grow to about twice what is live before it collects it, and sizes generation 0 by the L3 cache (hundreds of MB on a
/// cloud VM): a host 190,000 articles into a 1 GB dump was at 816 MB and climbing with ~160 MB live. One blocking,
/// compacting collection per chunk (a chunk is 10-30 s of work) keeps the peak near what is live.
/// </summary>
public static class ChunkMemoryRelease
{
    public static void AfterChunk()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
