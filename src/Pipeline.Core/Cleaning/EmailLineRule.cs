using System.Text.RegularExpressions;

namespace Pipeline.Core.Cleaning;

/// <summary>
/// Recognises a short paragraph carrying an e-mail address: a dump's contact or author line ("jane.doe@example.com",
/// "Write to us at tips@example.com").
/// </summary>
public sealed partial class EmailLineRule : IParagraphRule
{
    public static readonly EmailLineRule Instance = new();

    private const int MaxLength = 400;

    private EmailLineRule()
    {
    }

    public string Name => "email-line";

    public bool Matches(string paragraph) => paragraph.Length <= MaxLength && paragraph.Contains('@') && Email().IsMatch(paragraph);

    [GeneratedRegex(@"\b[\w.+-]+@[\w-]+\.\w")]
    private static partial Regex Email();
}
