using System.Text.RegularExpressions;

namespace Pipeline.Core.Cleaning;

/// <summary>Recognises copyright notices: "Copyright (c) 2020 …", "© 2021 …", "… All rights reserved." in several languages.</summary>
public static partial class CopyrightLineRule
{
    private const int MaxLength = 300;

    public static bool IsCopyright(string paragraph) => paragraph.Length <= MaxLength && Notice().IsMatch(paragraph);

    [GeneratedRegex(@"^\W*(?:copyright\b|©|\(c\)\s*(?:\d{4}|copyright))|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|版權所有|版权所有|著作権", RegexOptions.IgnoreCase)]
    private static partial Regex Notice();
}
