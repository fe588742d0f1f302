namespace Pipeline.Core.Normalizing;

/// <summary>Tells the ISO 639-1 language of a text, or null when it can't tell.</summary>
public interface ILanguageDetector
{
    string? Detect(string text);
}
