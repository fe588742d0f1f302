using Pipeline.Core.Normalizing;

namespace Pipeline.Core.Tests.Normalizing;

public sealed class ContentFingerprintTests
{
    [Fact]
    public void Compute_IgnoresWhitespaceCaseAndQuoteStyle()
    {
        var a = ContentFingerprint.Compute("\"It works,\" she said.\n\nThe end.");
        var b = ContentFingerprint.Compute("“It  works,”   she SAID.\r\n\r\n\r\nThe end");
        Assert.Equal(a, b);
    }

    [Fact]
    public void Compute_DiffersWhenAWordDiffers() =>
        Assert.NotEqual(ContentFingerprint.Compute("The ferry left at noon."), ContentFingerprint.Compute("The ferry left at nine."));

    [Fact]
    public void ToArticleId_IsASearchSafeKey()
    {
        var id = ContentFingerprint.ToArticleId(ContentFingerprint.Compute("Some body text."));
        Assert.Matches("^[A-Za-z0-9][A-Za-z0-9_=-]*$", id);
        Assert.Equal(32, id.Length);
    }
}
