namespace Pipeline.Core.Normalizing;

/// <summary>Tells the ISO 639-1 language of a text, or null when it can't tell.</summary>
public interface ILanguageDetector
{
    string? Detect(string text);

    /// <summary>
    /// As <see cref="Detect(string)"/>, told the ISO 639-1 language the source declares (or null): a detector may take it
    /// when the text agrees with it but is too thin to decide alone. A declaration the text contradicts is not taken.
    /// </summary>
    string? Detect(string text, string? declared) => Detect(text);
}
