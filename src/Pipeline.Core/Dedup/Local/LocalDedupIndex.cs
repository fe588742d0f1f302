using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Pipeline.Core.Dedup.Local;

/// <summary>
/// The dedup index for one process (the offline CLI's batch). A batch can hold hundreds of thousands of articles, so a
/// claim is a 24-byte record in a <see cref="SpilledRecordTable"/> (about 7 bytes of memory each): 128 bits of the
/// content hash (the hex's own bits when it is hex, else hashed) and a 64-bit hash of the owner key. The claimant's id
/// is not kept when it is the content hash's own prefix (as <c>ContentFingerprint</c> makes it), only otherwise.
/// </summary>
public sealed class LocalDedupIndex : IDedupIndex, IDisposable
{
    private const int RecordBytes = 24;

    private readonly Lock gate = new();
    private readonly SpilledRecordTable claims = new(RecordBytes);
    private readonly Dictionary<UInt128, string> otherIds = [];

    public Task<DedupVerdict> ClaimAsync(DedupCandidate candidate, CancellationToken cancellationToken) =>
        Task.FromResult(Claim(candidate.ContentHash, candidate.Id, candidate.OwnerKey));

    /// <summary>Claims the content hash for this id and owner unless it is claimed already; answers as <see cref="ClaimAsync"/>.</summary>
    public DedupVerdict Claim(string contentHash, string id, string ownerKey)
    {
        var owner = OwnerHash(ownerKey);
        var key = Key(contentHash);
        string claimId;
        ulong claimOwner;
        lock (gate)
        {
            (claimId, claimOwner) = Find(key) ?? Add(key, id, owner);
        }

        return claimOwner == owner ? DedupVerdict.Owner(claimId) : DedupVerdict.DuplicateOf(claimId, 1.0);
    }

    /// <summary>What a claim of this content hash by this owner would answer, without claiming; null when the hash is unclaimed.</summary>
    public DedupVerdict? Find(string contentHash, string ownerKey)
    {
        (string Id, ulong Owner)? found;
        lock (gate)
        {
            found = Find(Key(contentHash));
        }

        return found is not { } claim ? null
            : claim.Owner == OwnerHash(ownerKey) ? DedupVerdict.Owner(claim.Id) : DedupVerdict.DuplicateOf(claim.Id, 1.0);
    }

    public void Dispose()
    {
        lock (gate)
        {
            claims.Dispose();
        }
    }

    private (string Id, ulong Owner)? Find(UInt128 key)
    {
        Span<byte> record = stackalloc byte[RecordBytes];
        var cursor = -1;
        while (claims.Next((ulong)key, ref cursor, record) >= 0)
        {
            if (BinaryPrimitives.ReadUInt64LittleEndian(record[8..]) == (ulong)(key >> 64))
            {
                return (otherIds.GetValueOrDefault(key) ?? Hex(key), BinaryPrimitives.ReadUInt64LittleEndian(record[16..]));
            }
        }

        return null;
    }

    private (string Id, ulong Owner) Add(UInt128 key, string id, ulong owner)
    {
        Span<byte> record = stackalloc byte[RecordBytes];
        BinaryPrimitives.WriteUInt64LittleEndian(record, (ulong)key);
        BinaryPrimitives.WriteUInt64LittleEndian(record[8..], (ulong)(key >> 64));
        BinaryPrimitives.WriteUInt64LittleEndian(record[16..], owner);
        claims.Add(record);
        if (!IsHexOf(id, key))
        {
            otherIds[key] = id;
        }

        return (id, owner);
    }

    private static ulong OwnerHash(string ownerKey) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(ownerKey.AsSpan()));

    private static string Hex(UInt128 key) => key.ToString("x32", CultureInfo.InvariantCulture);

    /// <summary>Whether the id is the key's own hex, compared without making a string for every new claim.</summary>
    private static bool IsHexOf(string id, UInt128 key)
    {
        Span<char> hex = stackalloc char[32];
        return key.TryFormat(hex, out var written, "x32", CultureInfo.InvariantCulture) && hex[..written].SequenceEqual(id);
    }

    /// <summary>A SHA-256 hex's first 128 bits as they are (a collision there is a SHA-256 collision); any other string hashed.</summary>
    private static UInt128 Key(string contentHash) =>
        contentHash.Length == 64 && IsLowerHex(contentHash)
            && UInt128.TryParse(contentHash.AsSpan(0, 32), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var bits)
            ? bits
            : XxHash128.HashToUInt128(MemoryMarshal.AsBytes(contentHash.AsSpan()));

    private static bool IsLowerHex(string s) => !s.AsSpan().ContainsAnyExcept("0123456789abcdef");
}
