using Pipeline.Core.Extraction.Text;

namespace Pipeline.Core.Tests.Extraction.Text;

public sealed class SectionHeadingRuleTests
{
    [Theory]
    [InlineData("Related Articles")]
    [InlineData("Most Read")]
    [InlineData("More from Business")]
    [InlineData("You may also like")]
    [InlineData("Lesen Sie auch")]
    [InlineData("相关新闻")]
    [InlineData("Ähnliche Beiträge")]
    [InlineData("Weitere Meldungen aus der Rubrik Schwangerschaft:")]
    [InlineData("Das könnte dich auch interessieren …")]
    [InlineData("À découvrir")]
    [InlineData("Otras Noticias")]
    [InlineData("polecamy")]
    [InlineData("Weitere Informationen:")]
    [InlineData("Über den Autor")]
    [InlineData("Pressekontakt")]
    public void IsAfterArticleHeading_RecognisesRelatedAndPopularLists(string heading)
    {
        Assert.True(SectionHeadingRule.IsAfterArticleHeading(heading));
    }

    [Theory]
    [InlineData("Comments")]
    [InlineData("12 Comments")]
    [InlineData("Leave a Reply")]
    [InlineData("Kommentare")]
    [InlineData("5 thoughts on “JSON parsing: simdjson vs. JSON for Modern C++”")]
    [InlineData("2 Kommentare zu „Die Überforderung durch Überangebote“")]
    [InlineData("Ein Gedanke zu „RES158 Sternfusion am Teilchenbeschleuniger“")]
    [InlineData("3 Responses to SW082 – 82 Gründe zum weiter hören")]
    [InlineData("Schreibe einen Kommentar Antworten abbrechen")]
    public void IsCommentsHeading_RecognisesCommentSections(string heading)
    {
        Assert.True(SectionHeadingRule.IsCommentsHeading(heading));
    }

    [Theory]
    [InlineData("Leave a Reply Cancel reply")]
    [InlineData("Kommentar verfassen Antwort abbrechen")]
    [InlineData("Wortspuren hinterlassen... Antwort abbrechen")]
    [InlineData("Deja un comentario Cancelar respuesta")]
    [InlineData("Laisser un commentaire Annuler la réponse")]
    public void IsCommentFormTitle_RecognisesAReplyFormTitleByItsCancelLink(string heading)
    {
        Assert.True(SectionHeadingRule.IsCommentFormTitle(heading));
        Assert.True(SectionHeadingRule.IsCommentsHeading(heading));
    }

    [Theory]
    [InlineData("Cancel reply")]
    [InlineData("Click here to cancel reply.")]
    [InlineData("Wir mussten die Antwort abbrechen, sagte der Sprecher.")]
    public void IsCommentFormTitle_NeedsATitleBeforeTheLinkAndNoSentence(string text)
    {
        Assert.False(SectionHeadingRule.IsCommentFormTitle(text));
    }

    [Theory]
    [InlineData("Related companies reported higher profits in the third quarter.")]
    [InlineData("The al-Tanf base")]
    [InlineData("Discussion")]
    public void Rules_KeepArticleSentencesAndSubheadings(string text)
    {
        Assert.False(SectionHeadingRule.IsAfterArticleHeading(text));
        Assert.False(SectionHeadingRule.IsCommentsHeading(text));
    }

    [Theory]
    [InlineData("degski says:")]
    [InlineData("3. miras_world_com sagt:")]
    [InlineData("Jane Doe says: August 5, 2019 at 1:46 pm")]
    [InlineData("Comment by Mirko Lange — 17.07, 2011 @ 13:04")]
    public void IsCommentOpener_RecognisesTheNameLineOfAComment(string text)
    {
        Assert.True(SectionHeadingRule.IsCommentOpener(text));
    }

    [Theory]
    [InlineData("The mayor says: we will build it")]
    [InlineData("Fragen und Antworten zum Autokredit")]
    [InlineData("Damon Otter said:")]
    [InlineData("Kommentar-Feed")]
    public void CommentRules_KeepQuotesAndQuestions(string text)
    {
        Assert.False(SectionHeadingRule.IsCommentOpener(text));
        Assert.False(SectionHeadingRule.IsCommentsHeading(text));
    }
}
