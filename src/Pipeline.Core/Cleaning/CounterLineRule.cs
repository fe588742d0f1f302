namespace Pipeline.Core.Cleaning;

/// <summary>
/// Recognises the counter and icon lines of share bars and comment widgets ("reaction icon 0", "留言 0", "0 0",
/// "Comments (12)", "♥ 3"): a short line of numbers with at most a few label words, or a line with no words at all.
/// </summary>
public sealed class CounterLineRule : IParagraphRule
{
    public static readonly CounterLineRule Instance = new();

    private CounterLineRule()
    {
    }

    public string Name => "counter-line";

    public bool Matches(string paragraph) => IsCounterLine(paragraph);

    private const int MaxLength = 48;
    private const int MaxTokens = 6;
    private const int MaxLabelWords = 3;

    public static bool IsCounterLine(string line)
    {
        var text = line.AsSpan().Trim();
        // A table row of numbers is data, not a widget.
        if (text.Length > MaxLength || TableRowShape.IsTableRow(line))
        {
            return false;
        }

        if (!ContainsLetterOrDigit(text))
        {
            return true;
        }

        var tokens = 0;
        var numbers = 0;
        var labels = 0;
        foreach (var range in text.Split(' '))
        {
            var token = text[range].Trim("()[]{}:|·•");
            if (token.IsEmpty)
            {
                continue;
            }

            tokens++;
            if (IsNumber(token))
            {
                numbers++;
            }
            else if (ContainsLetterOrDigit(token))
            {
                labels++;
            }
        }

        return numbers > 0 && tokens <= MaxTokens && labels <= MaxLabelWords && text[^1] is not ('.' or '!' or '?' or '。' or '！' or '？') || numbers > 0 && labels == 0;
    }

    /// <summary>"0", "1,204", "3.5k", "12K", "2萬", "+5", "40%".</summary>
    private static bool IsNumber(ReadOnlySpan<char> token)
    {
        var digits = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (!(c is ',' or '.' or '+' or '%' or 'k' or 'K' or 'M' or '万' or '萬' or '千' || (i == token.Length - 1 && c is 'm')))
            {
                return false;
            }
        }

        return digits > 0;
    }

    private static bool ContainsLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
