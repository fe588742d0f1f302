using System.Buffers;
using System.Text;

namespace Pipeline.Core.Text;

/// <summary>
/// The words of a text as slices of it, by <see cref="WordTokenizer"/>'s rules (a run of word parts, or one rune of an
/// unspaced script), so a caller that only compares or counts words makes no string per word.
/// </summary>
public ref struct WordEnumerator(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> text = text;
    private int position;

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly WordEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        while (position < text.Length)
        {
            var start = position;
            var kind = Next(ref position);
            if (kind == RuneKind.Unspaced)
            {
                Current = text[start..position];
                return true;
            }

            if (kind == RuneKind.WordPart)
            {
                var end = position;
                while (end < text.Length && Next(ref end) == RuneKind.WordPart)
                {
                    position = end;
                }

                Current = text[start..position];
                return true;
            }
        }

        Current = default;
        return false;
    }

    private enum RuneKind
    {
        Separator,
        WordPart,
        Unspaced,
    }

    /// <summary>Reads the rune at <paramref name="at"/> and moves past it. Lone surrogates are U+FFFD, a separator.</summary>
    private readonly RuneKind Next(ref int at)
    {
        var c = text[at];
        if (c < 0x80)
        {
            at++;
            return char.IsAsciiLetterOrDigit(c) || c == '_' ? RuneKind.WordPart : RuneKind.Separator;
        }

        if (Rune.DecodeFromUtf16(text[at..], out var rune, out var consumed) != OperationStatus.Done)
        {
            rune = Rune.ReplacementChar;
            consumed = 1;
        }

        at += consumed;
        return WordTokenizer.IsUnspacedScript(rune) ? RuneKind.Unspaced
            : WordTokenizer.IsWordPart(rune) ? RuneKind.WordPart
            : RuneKind.Separator;
    }
}
