using Pipeline.Core.Dedup;
using Pipeline.Core.Normalizing;
using Pipeline.Core.Output;

namespace Pipeline.Tooling.Evaluation;

/// <summary>Runs samples through an in-memory <see cref="NearDuplicateIndex"/> in order and scores its clusters pairwise.</summary>
public sealed class NearDuplicateEvaluator(NearDuplicateOptions options)
{
    private readonly NearDuplicateSketcher sketcher = new(options);

    public DedupEvaluationResult Evaluate(IReadOnlyList<DedupSample> samples)
    {
        var index = NearDuplicateIndex.Local(options);
        var clusters = new string[samples.Count];
        for (var i = 0; i < samples.Count; i++)
        {
            var verdict = index.ClaimAsync(ToCandidate(samples[i], i), CancellationToken.None).GetAwaiter().GetResult();
            clusters[i] = verdict.CanonicalId;
        }

        var sketches = samples.Select(s => sketcher.Sketch(s.Body)).ToList();
        int truePositives = 0;
        var falsePositives = new List<DedupPairError>();
        var missed = new List<DedupPairError>();
        for (var i = 0; i < samples.Count; i++)
        {
            for (var j = i + 1; j < samples.Count; j++)
            {
                var same = samples[i].ArticleKey == samples[j].ArticleKey;
                var predicted = clusters[i] == clusters[j];
                if (same && predicted)
                {
                    truePositives++;
                }
                else if (same || predicted)
                {
                    var error = new DedupPairError(samples[i].Name, samples[j].Name, Similarity(sketches[i], sketches[j]));
                    (same ? missed : falsePositives).Add(error);
                }
            }
        }

        return new DedupEvaluationResult(samples.Count, sketches.Count(s => s is null), truePositives, falsePositives, missed);
    }

    public NearDuplicateSketch? Sketch(string body) => sketcher.Sketch(body);

    /// <summary>The candidate the pipeline would build for the sample (the origin is the sample, so every sample is its own record).</summary>
    public static DedupCandidate ToCandidate(DedupSample sample, int position)
    {
        var hash = ContentFingerprint.Compute(sample.Body);
        return new DedupCandidate(ContentFingerprint.ToArticleId(hash), hash, new RecordOrigin("eval", sample.Name, position.ToString(), "text"), sample.Body);
    }

    /// <summary>Estimated similarity of two sketches, or null when either body was too short to sketch.</summary>
    public static double? Similarity(NearDuplicateSketch? a, NearDuplicateSketch? b) =>
        a is null || b is null ? null : a.Signature.EstimateJaccard(b.Signature);
}
