namespace Pipeline.Core.Cleaning;

/// <summary>
/// Remembers <see cref="ParagraphRules.FirstMatch"/> for the texts of one extraction on this thread: a dump's blocks
/// are judged by the scorer, then again by the cleaner, the structure and headline readers, and the rules' regexes are
/// most of a dump's extraction time. Keyed by the text (a page repeats menus, teasers and labels: about one block in
/// seven that the rules judge is a copy of another), dropped when disposed.
/// </summary>
public sealed class ParagraphRuleMemo : IDisposable
{
    [ThreadStatic]
    private static Dictionary<string, IParagraphRule?>? current;

    private readonly Dictionary<string, IParagraphRule?>? outer;

    private ParagraphRuleMemo()
    {
        outer = current;
        current = new Dictionary<string, IParagraphRule?>(StringComparer.Ordinal);
    }

    internal static Dictionary<string, IParagraphRule?>? Current => current;

    /// <summary>Starts remembering on this thread until the result is disposed (on the same thread).</summary>
    public static ParagraphRuleMemo Start() => new();

    public void Dispose() => current = outer;
}
