using System.Buffers;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Cleaning;

/// <summary>Recognises copyright notices: "Copyright (c) 2020 …", "© 2021 …", "… All rights reserved." in several languages.</summary>
public sealed partial class CopyrightLineRule : IParagraphRule
{
    public static readonly CopyrightLineRule Instance = new();

    private CopyrightLineRule()
    {
    }

    public string Name => "copyright-line";

    public bool Matches(string paragraph) => IsCopyright(paragraph);

    private const int MaxLength = 300;

    private static readonly SearchValues<string> NoticeStems = SearchValues.Create(
        ["copyright", "(c)", "rights reserved", "rechte vorbehalten", "droits r", "derechos reservados", "diritti riservati", "direitos reservados"],
        StringComparison.OrdinalIgnoreCase);

    // "©" and the first characters of 版權所有 / 版权所有 / 著作権.
    private static readonly SearchValues<char> NoticeChars = SearchValues.Create("©版著");

    public static bool IsCopyright(string paragraph) =>
        paragraph.Length <= MaxLength && (paragraph.AsSpan().ContainsAny(NoticeStems) || paragraph.AsSpan().ContainsAny(NoticeChars))
        && Notice().IsMatch(paragraph);

    [GeneratedRegex(@"^\W*(?:copyright\b|©|\(c\)\s*(?:\d{4}|copyright))|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|版權所有|版权所有|著作権", RegexOptions.IgnoreCase)]
    private static partial Regex Notice();
}
