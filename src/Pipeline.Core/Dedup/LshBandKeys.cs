using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Pipeline.Core.Dedup;

/// <summary>
/// Locality-sensitive hashing of a signature: one key per band of consecutive values. Two articles whose signatures
/// agree on a whole band share that band's key, so candidates are found by key lookups, never by a scan.
/// Keys are "b{band:00}-{hash:x16}": the band number keeps equal values in different bands apart, and the
/// format is safe as an Azure Table partition key.
/// </summary>
public static class LshBandKeys
{
    public static IReadOnlyList<string> Compute(MinHashSignature signature, int bands, int rowsPerBand)
    {
        if (signature.Length != bands * rowsPerBand)
        {
            throw new ArgumentException($"signature has {signature.Length} values, not {bands} × {rowsPerBand}", nameof(signature));
        }

        var keys = new string[bands];
        for (var band = 0; band < bands; band++)
        {
            var rows = signature.Span.Slice(band * rowsPerBand, rowsPerBand);
            keys[band] = $"b{band:00}-{XxHash3.HashToUInt64(MemoryMarshal.AsBytes(rows)):x16}";
        }

        return keys;
    }
}
