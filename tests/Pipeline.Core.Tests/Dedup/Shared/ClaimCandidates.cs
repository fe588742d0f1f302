using Pipeline.Core.Dedup;
using Pipeline.Core.Normalizing;
using Pipeline.Core.Output;

namespace Pipeline.Core.Tests.Dedup.Shared;

/// <summary>Records of raw inputs as the dedup index sees them, for the shared-index tests.</summary>
internal static class ClaimCandidates
{
    public static string IdOf(string body) => ContentFingerprint.ToArticleId(ContentFingerprint.Compute(body));

    public static DedupCandidate Candidate(string blob, string record, string body)
    {
        var hash = ContentFingerprint.Compute(body);
        return new DedupCandidate(ContentFingerprint.ToArticleId(hash), hash, new RecordOrigin("raw", blob, record, "text"), body);
    }
}
