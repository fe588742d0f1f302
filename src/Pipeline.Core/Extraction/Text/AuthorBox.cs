namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// The box about the author that closes many articles: the author's name on a line of its own, then a paragraph about
/// them that opens with that name ("Jane Doe is a senior writer...", "Jane is the co-founder..."). It is page
/// furniture, not the story, and whatever follows it in the run (the author's other posts, a shop widget) is too.
/// </summary>
internal static class AuthorBox
{
    /// <summary>An author box sits among the last blocks of the run, not in the middle of a profile.</summary>
    private const int MaxBlocksFromEnd = 6;

    private const int MinNameWords = 2;
    private const int MaxNameWords = 4;

    /// <summary>The bio is a paragraph, not a caption with the name in it.</summary>
    private const int MinBioWords = 10;

    /// <summary>
    /// The last block of the run <paramref name="start"/>..<paramref name="end"/> before an author box, or
    /// <paramref name="end"/>. The story's prose does not go on after the bio: a photo's caption naming the person
    /// the next paragraph is about has more story after it.
    /// </summary>
    public static int EndBefore(IReadOnlyList<TextBlock> blocks, bool[] prose, int start, int end)
    {
        for (var i = Math.Max(start + 1, end - MaxBlocksFromEnd); i < end; i++)
        {
            if (IsName(blocks[i].Text) && OpensWithName(blocks[i + 1].Text, blocks[i].Text) && !prose.AsSpan(i + 2, end - i - 1).Contains(true))
            {
                return i - 1;
            }
        }

        return end;
    }

    /// <summary>Two to four capitalised words and nothing else.</summary>
    private static bool IsName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= MinNameWords and <= MaxNameWords
            && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '.' or '\''));
    }

    private static bool OpensWithName(string text, string name)
    {
        var first = name[..name.IndexOf(' ')];
        return text.StartsWith(first + " ", StringComparison.Ordinal) && BlockShape.Of(text).Words >= MinBioWords;
    }
}
