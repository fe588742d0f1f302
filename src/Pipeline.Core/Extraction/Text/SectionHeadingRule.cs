using System.Text.RegularExpressions;
using Pipeline.Core.Text;

namespace Pipeline.Core.Extraction.Text;

/// <summary>
/// Recognises the short headings that open what follows an article: comments, related and most-read lists,
/// newsletters, tags, author boxes, post navigation (in English and a few other languages).
/// </summary>
public static partial class SectionHeadingRule
{
    private const int MaxWords = 6;
    private const int MaxThreadTitleLength = 200;
    private const int MaxOpenerLength = 80;

    public static bool IsAfterArticleHeading(string text) => IsShort(text) && MatchesLowered(AfterArticle(), text);

    /// <summary>
    /// A comments section's heading: "Comments", "Leave a reply", or the count of comments on the post's title ("3 thoughts
    /// on “Title”", "2 Kommentare zu „Titel“"), which blog themes print in every language.
    /// </summary>
    public static bool IsCommentsHeading(string text) => IsBareCommentsHeading(text) || IsCommentThreadTitle(text) || IsCommentFormTitle(text);

    /// <summary>
    /// The title of a blog's reply form with its "Cancel reply" link printed after it ("Leave a Reply Cancel reply",
    /// "Kommentar verfassen Antwort abbrechen"): blog software prints that link only there, whatever the title says.
    /// </summary>
    public static bool IsCommentFormTitle(string text) =>
        text.Length <= MaxThreadTitleLength && text.Length > 0 && char.IsLetter(text[^1]) && EndsWithCancelWord(text) && CancelReply().IsMatch(text);

    // Every heading is checked: the last word decides cheaply before the pattern runs.
    private static bool EndsWithCancelWord(string text)
    {
        var lastWord = text.AsSpan(text.AsSpan().LastIndexOf(' ') + 1);
        foreach (var word in CancelWords)
        {
            if (lastWord.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] CancelWords = ["reply", "abbrechen", "réponse", "respuesta", "resposta", "risposta", "odpowiedzi", "annuleren"];

    /// <summary>"Comments", "12 Comments", "Leave a Reply": the words alone, which a menu link can say too.</summary>
    public static bool IsBareCommentsHeading(string text) => IsShort(text) && MatchesLowered(Comments(), text);

    /// <summary>The count of comments on the post's title: a heading that opens nothing but comments.</summary>
    public static bool IsCommentThreadTitle(string text) =>
        text.Length <= MaxThreadTitleLength && StartsWithCount(text) && CommentsOnTitle().IsMatch(text);

    /// <summary>
    /// The line that opens one reader comment: the commenter's name and "says:" ("Jane sagt:", "Comment by Jane — 17.07,
    /// 2011 @ 13:04"), printed the same way before every comment of a thread.
    /// </summary>
    public static bool IsCommentOpener(string text) =>
        text.Length <= MaxOpenerLength && (text.Contains(':') || text.StartsWith("comment", StringComparison.OrdinalIgnoreCase)) && CommentOpener().IsMatch(text);

    /// <summary>Either kind of heading, printed as a heading: the same words as a menu or share-bar item are a link.</summary>
    public static bool IsSectionHeading(TextBlock block) =>
        !block.IsListItem && (IsAfterArticleHeading(block.Text) || IsCommentsHeading(block.Text));

    // The words a count of comments can open with ("3", "One", "Ein", "Noch keine"...), checked before the regex runs.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountWords =
        new HashSet<string>(["one", "no", "ein", "eine", "keine", "noch", "un", "une", "uno", "una", "um", "uma", "jeden"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool StartsWithCount(string text)
    {
        var span = text.AsSpan();
        var start = 0;
        while (start < span.Length && !char.IsLetterOrDigit(span[start]))
        {
            start++;
        }

        if (start == span.Length)
        {
            return false;
        }

        if (char.IsAsciiDigit(span[start]))
        {
            return true;
        }

        var end = start;
        while (end < span.Length && char.IsLetter(span[end]))
        {
            end++;
        }

        return CountWords.Contains(span[start..end]);
    }

    /// <summary>
    /// Matches a short heading lower-cased: the patterns are written in lower case and matched case-sensitively, which
    /// lets the regex switch on the first letter instead of testing every alternative case-insensitively.
    /// </summary>
    private static bool MatchesLowered(Regex regex, string text)
    {
        Span<char> lowered = stackalloc char[text.Length];
        InvariantLowercase.Into(text, lowered);
        return regex.IsMatch(lowered);
    }

    private static bool IsShort(string text) => text.Length <= 60 && text.AsSpan().Count(' ') < MaxWords;

    [GeneratedRegex(@"^\W*(?:\d+\s+)?(?:(?:top\s+rated\s+|latest\s+|recent\s+|reader\s+|show\s+|view\s+|read\s+)?comments?|leave\s+a\s+(?:comment|reply)|add\s+(?:a\s+)?comment|post\s+a\s+comment|write\s+a\s+comment|join\s+the\s+(?:conversation|discussion)|schreiben?\s+(?:sie\s+)?einen\s+kommentar|kommentar\s+(?:schreiben|verfassen|hinterlassen|abgeben)|laisser\s+un\s+commentaire|deja\s+(?:un\s+comentario|una\s+respuesta|tu\s+comentario)|lascia\s+un\s+commento|deixe\s+(?:um\s+comentário|uma\s+resposta)|dodaj\s+komentarz|kommentare?|commentaires?|comentarios?|commenti|comentários|댓글|留言|评论|評論|コメント)\b(?![-/]\w)")]
    private static partial Regex Comments();

    [GeneratedRegex(@"\s(?:cancel\s+reply|antwort(?:en)?\s+abbrechen|annuler\s+la\s+réponse|cancelar\s+(?:la\s+)?respuesta|cancelar\s+resposta|annulla\s+risposta|anuluj\s+pisanie\s+odpowiedzi|reactie\s+annuleren)$", RegexOptions.IgnoreCase)]
    private static partial Regex CancelReply();

    [GeneratedRegex(@"^\W*(?:\d+|one|no|ein|eine|keine|noch\s+keine|un|une|uno|una|um|uma|jeden)\s+(?:thoughts?|responses?|comments?|replies|reactions|kommentare?|gedanken?|antworten|reaktionen|commentaires?|réponses?|comentarios?|respuestas?|commenti|risposte|comentários|respostas|komentarz[ey]?|odpowiedzi|reacties)\s+(?:on|to|zu|zum|zur|auf|sur|à|en|a|para|su|do|na|op)\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex CommentsOnTitle();

    [GeneratedRegex(@"^(?:\d+\.\s+)?\S.{0,50}?\s(?:says|sagt|schreibt|meint|dice|escribió|dit|a\s+dit|scrive|disse|diz|napisał|napisała|zegt|schreef)\s?:(?:\s+(?=.*\d).{1,40})?$|^comment\s+by\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex CommentOpener();

    // NonBacktracking (the same matches: no lookarounds, captures or case folding here): backtracking tries the 86
    // headings one after another at every short block, the automaton reads the block once, three times faster.
    [GeneratedRegex(@"^\W*(?:related(?:\s+(?:articles?|stories|posts|news|content|coverage|links|topics|videos?))?|(?:more|latest|recent|popular|top|trending)\s+(?:from|in|on|news|stories|articles|posts|videos|headlines|reads?)\b.*|more\s+\w+(?:\s+\w+)?\s+news|most\s+(?:read|popular|viewed|shared|commented|emailed)|trending(?:\s+now|\s+news|\s+stories)?|recommended(?:\s+for\s+you|\s+stories|\s+articles|\s+reading)?|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested)|also\s+read|read\s+(?:more|next|also)|further\s+reading|what\s+to\s+read\s+next|editor'?s\s+picks|don'?t\s+miss|post\s+navigation|share\s+this(?:\s+(?:article|story|post))?|tags?|topics|about\s+the\s+author|über\s+(?:den|die)\s+autor(?:in)?|zu[mr]\s+autor(?:in)?|à\s+propos\s+de\s+l'auteur|sobre\s+el\s+autor|o\s+autorze|(?:weitere|zusätzliche)\s+informationen|zusatzinformationen|further\s+information|more\s+information|plus\s+d'informations|más\s+información|(?:presse|medien)?kontakt|press\s+contacts?|contacto\s+de\s+prensa|sign\s+up\s+for|subscribe\s+to|newsletter|previous\s+(?:post|article)|next\s+(?:post|article)|ähnliche\s+(?:artikel|beiträge|themen|nachrichten|news)|weitere\s+(?:artikel|beiträge|meldungen|nachrichten|news|top-artikel)\b.*|meist(?:\s+|-)?(?:gelesen|diskutiert|kommentiert|geteilt)\w*(?:\s+(?:artikel|beiträge|nachrichten|news))?|mehr\s+zum\s+thema|(?:lesen\s+sie|lies)\s+auch\b.*|auch\s+lesen|das\s+könnte\s+(?:sie|dich)\s+auch\s+interessieren|empfohlene\s+artikel|à\s+lire\s+aussi|lire\s+aussi|à\s+découvrir|pour\s+approfondir|sur\s+le\s+même\s+(?:sujet|thème)|articles?\s+similaires|dans\s+la\s+même\s+rubrique|les\s+plus\s+lus|otras\s+noticias|más\s+noticias|noticias\s+relacionadas|artículos\s+relacionados|(?:también\s+)?te\s+puede\s+interesar|te\s+recomendamos|lo\s+más\s+leído|leia\s+também|veja\s+também|notícias\s+relacionadas|mais\s+lidas|leggi\s+anche|articoli\s+correlati|potrebbe\s+interessarti|i\s+più\s+letti|polecamy|zobacz\s+(?:też|także|również)|czytaj\s+(?:też|także|również)|najczęściej\s+czytane|powiązane\s+artykuły|lees\s+ook|gerelateerde\s+artikelen|meest\s+gelezen|see\s+also|more\s+stories|관련\s*기사|相关(?:文章|新闻|阅读)|相關(?:文章|新聞|閱讀)|热门|熱門|推荐阅读|推薦閱讀|関連記事)\W*$", RegexOptions.NonBacktracking)]
    private static partial Regex AfterArticle();
}
