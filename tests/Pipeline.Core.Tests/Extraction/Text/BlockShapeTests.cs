using Pipeline.Core.Extraction.Text;

namespace Pipeline.Core.Tests.Extraction.Text;

public sealed class BlockShapeTests
{
    [Fact]
    public void Of_CountsNoSentenceMarkForTheStopsOfInitials()
    {
        // A tag cloud: a long run of words with no punctuation but the initials of one name.
        var shape = BlockShape.Of("Adalbert Stifter Bergkristall Derek Jarman E. T. A. Hoffmann Elfriede Jelinek Kurzfilm Musik Zettelkasten");

        Assert.Equal(0, shape.SentenceMarks);
    }

    [Fact]
    public void Of_CountsTheStopsOfSentencesAndVersionNumbers()
    {
        var shape = BlockShape.Of("I use a Skylake processor with GNU GCC 8.3. It builds in a minute");

        Assert.Equal(2, shape.SentenceMarks);
    }
}
