using Pipeline.Core.Normalizing;

namespace Pipeline.Core.Tests.Normalizing;

public sealed class FastLanguageDetectorTests
{
    private static readonly FastLanguageDetector Fast = new();
    private static readonly LinguaLanguageDetector Lingua = new();

    public static TheoryData<string> LatinLanguages() => new(LanguageSamples.Latin.Keys);

    public static TheoryData<string> ScriptLanguages() => new(LanguageSamples.OtherScripts.Keys);

    [Theory]
    [MemberData(nameof(LatinLanguages))]
    public void Detect_LatinScriptArticle_AgreesWithLingua(string language)
    {
        var text = LanguageSamples.Latin[language];
        Assert.Equal(language, Lingua.Detect(text));
        Assert.Equal(language, Fast.Detect(text));
    }

    [Theory]
    [MemberData(nameof(ScriptLanguages))]
    public void Detect_ArticleInItsOwnScript_AgreesWithLingua(string language)
    {
        var text = LanguageSamples.OtherScripts[language];
        Assert.Equal(language, Lingua.Detect(text));
        Assert.Equal(language, Fast.Detect(text));
    }

    public static TheoryData<string> LeftToLingua() => new(LanguageSamples.LeftToLingua.Keys);

    [Theory]
    [MemberData(nameof(LeftToLingua))]
    public void Detect_CloseRelativeOrUnprofiledLanguage_FallsBackAndLinguaGetsItRight(string language)
    {
        var text = LanguageSamples.LeftToLingua[language];
        Assert.Null(Fast.Detect(text));
        Assert.Equal(language, TieredLanguageDetector.Default().Detect(text));
    }

    [Theory]
    [InlineData("Breaking news: markets up")] // too short to trust
    [InlineData("Apple iPhone Samsung Galaxy Google Pixel OnePlus Xiaomi Huawei Motorola Nokia Sony Xperia")] // names, no function words
    [InlineData("Городской совет объявил в понедельник, что новый мост откроется в следующем году, после ремонта.")] // Cyrillic: several languages share it
    [InlineData("Mestská rada v pondelok oznámila, že nový most bude otvorený budúci rok, po opravách, ktoré trvali dlhšie, než sa čakalo. Obyvatelia plán privítali, ale niektorí sa pýtali na náklady a na to, či bol rozpočet schválený väčšinou poslancov, a či sa to ešte stihne.")] // Slovak: close to Czech
    [InlineData("The council said que el puente sera abierto next year, mais les habitants ont demandé about the cost of it.")] // mixed languages
    public void Detect_ShortAmbiguousOrUncoveredText_IsLeftToTheThoroughDetector(string text) =>
        Assert.Null(Fast.Detect(text));

    private const string FewFunctionWords = "Council budget approved: bridge repairs, ferry service, summer season, market prices, hospital funding, school teachers, train station, river traffic, police report, weather storm, rain week, team won the match, fans celebrated, mayor told reporters about the plan and the cost of it.";

    [Fact]
    public void Detect_TextThinInFunctionWords_TakesTheDeclaredLanguageOnlyWhenTheWordsAgree()
    {
        Assert.Null(Fast.Detect(FewFunctionWords));
        Assert.Equal("en", Fast.Detect(FewFunctionWords, "en"));
        Assert.Null(Fast.Detect(FewFunctionWords, "de"));
        Assert.Equal("de", Fast.Detect(LanguageSamples.Latin["de"], "en"));
    }

    [Fact]
    public void Tiered_UsesTheThoroughDetectorOnlyWhenTheFastStageCannotTell()
    {
        var thorough = new CountingDetector("sk");
        var detector = new TieredLanguageDetector(Fast, thorough);

        Assert.Equal("en", detector.Detect(LanguageSamples.Latin["en"]));
        Assert.Equal(0, thorough.Calls);
        Assert.Equal("sk", detector.Detect("Breaking news: markets up"));
        Assert.Equal(1, thorough.Calls);
    }

    private sealed class CountingDetector(string answer) : ILanguageDetector
    {
        public int Calls { get; private set; }

        public string? Detect(string text)
        {
            Calls++;
            return answer;
        }
    }
}
