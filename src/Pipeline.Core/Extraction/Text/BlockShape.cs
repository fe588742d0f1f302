using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction.Text;

/// <summary>Cheap measures of one block's text: how many words, and whether it reads like sentences.</summary>
internal readonly record struct BlockShape(int Words, int SentenceMarks, bool EndsSentence)
{
    /// <summary>East Asian text has no spaces: two wide characters count as one word.</summary>
    public static BlockShape Of(string text)
    {
        var words = 0;
        var wide = 0;
        var marks = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (DisplayWidth.IsWide(c))
            {
                wide++;
                marks += c is '。' or '，' or '、' or '！' or '？' ? 1 : 0;
                inWord = false;
                continue;
            }

            var letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            // The stop after an initial ("E. T. A. Hoffmann" in a tag cloud) marks no sentence.
            marks += c is ',' or '!' or '?' or ';' || c == '.' && !IsInitial(text, i) ? 1 : 0;
            inWord = letter;
        }

        return new BlockShape(words + wide / 2, marks, SentenceEnd.IsEndOf(text));
    }

    // Looked at only when a stop is met: the letter before it stands alone.
    private static bool IsInitial(string text, int stop) =>
        stop >= 1 && char.IsLetter(text[stop - 1]) && (stop == 1 || !char.IsLetterOrDigit(text[stop - 2]));
}
