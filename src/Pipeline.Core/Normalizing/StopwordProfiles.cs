namespace Pipeline.Core.Normalizing;

/// <summary>
/// The most frequent function words of common Latin-script languages: article text is full of them, so counting them
/// over the first hundred words tells these languages apart at dictionary-lookup cost. Guard languages (close
/// relatives the fast stage does not decide: Slovak, Slovene, Afrikaans, Malay, Nynorsk, Estonian, Azerbaijani) list
/// only their telltale words, the ones their decidable relative doesn't use: a few of those in a text stop a decision.
/// </summary>
internal static class StopwordProfiles
{
    /// <summary>ISO 639-1 code per profile index; guard languages are those not in <see cref="Decidable"/>.</summary>
    public static readonly string[] Codes;

    /// <summary>Bit i set: the fast stage may return <see cref="Codes"/>[i].</summary>
    public static readonly uint Decidable;

    private static readonly Dictionary<string, uint> Masks = new(StringComparer.Ordinal);

    public static readonly Dictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> Lookup;

    private static readonly (string Code, bool Decide, string Words)[] Profiles =
    [
        ("en", true, "the a of and to in is that for it was on with as he be at by this had not are but from or have an they which you were her she there been has their we his would will its who more said also"),
        ("de", true, "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man"),
        ("fr", true, "de la le et les des en un du une que est pour qui dans par plus pas au sur ne se ce il sont avec aux son elle mais ont été cette ou comme nous leur à sa ses était même lui"),
        ("es", true, "de la que el en y los del se las por un para con no una su al es lo como más pero sus le ya o fue este ha sí porque esta entre cuando muy sin sobre también me hasta hay donde han desde todo nos durante todos"),
        ("it", true, "di e il la che in un a per è del non una le si da sono con dei della i al gli nel alla più ha ma come anche delle lo questo nella dal ci se degli ed sul stato essere suo"),
        ("pt", true, "de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está também pelo pela até isso ela entre era depois"),
        ("nl", true, "de van een het en in is dat op te zijn met voor niet aan er die om ook als bij door maar dan of nog hij was uit wordt naar worden wel heeft deze tot over zo haar hun kan meer"),
        ("sv", true, "och i att det som en på är av för med till den har de inte om ett men var jag sig så från vid kan eller efter man också sin nu hade skulle där när mot under blev detta"),
        ("da", true, "og i at det en til er som på de med han af for ikke der var sig et har om vi men da fra kan efter også havde være når blev mod hvor nu meget ud selv hun skulle noget op eller mig dig bliver nogle blevet end hvad"),
        ("nb", true, "og i det som på er en til av at for med de ikke har han om var et men seg fra kan etter også ble hadde være når mot hvor nå mye ut selv hun skulle noe opp eller jeg vil meg kunne blir noen blitt enn hva"),
        ("fi", true, "ja on ei se että hän oli ole kun mutta niin myös tai joka jo mukaan ovat sen siitä kanssa kuin hänen nyt vielä mitä sitä tämä olla jos sekä voi vain tämän joiden"),
        ("pl", true, "w i na z się nie do to że jest o jak a co ale przez po od dla już tak jego są za tym czy był może też oraz być które który była jej tylko ze te bardzo"),
        ("cs", true, "a se v na je že to s z do o jako ale i by k pro jsou jeho bylo od po už tak jak který která které také jen při ve když byl byla není jsem má aby než"),
        ("ro", true, "și în de la a cu pe din că nu se un o este care mai pentru sunt au fost ce al lui ca sau dar prin fi după acest această își le cel va ar despre"),
        ("hu", true, "a az és hogy nem is egy meg van volt de csak már el ki ez mint még azt sem ha pedig vagy kell lesz után amely ami között minden szerint akkor"),
        ("tr", true, "ve bir bu da de için ile olarak gibi daha çok en ne o ama kadar sonra olan var değil ise ya her şey diye olduğu şu göre ancak"),
        ("id", true, "yang dan di dengan ini itu untuk dari dalam tidak akan pada juga ke ada oleh karena sudah bisa saya mereka kami adalah atau telah lebih tersebut seperti jika hanya bahwa saat tetapi"),
        ("vi", true, "và của là có được trong cho không người một những các với đã này để khi đến từ thì cũng như nhiều tại về sẽ ra sau vào theo nhưng"),
        ("ca", true, "de la i el que a en els les per un del una amb és no es al hi va com més o però seu seva ha dels també aquest aquesta són molt quan"),
        ("hr", true, "i je u da se na za su od a s ne kao to koji što iz o ali sa bi će koja koje ili biti bio samo nije već kako nakon prema jer još te"),
        ("sk", false, "sa ako pre sú bolo ktorý ktorá ktoré aj keď bol bola nie som alebo ešte však"),
        ("sl", false, "in so ki pa tudi kot še bo sem smo ker kar"),
        ("af", false, "nie vir hy sy sal ek jy"),
        ("ms", false, "kerana boleh ialah iaitu bahawa sahaja"),
        ("nn", false, "ikkje ein eit dei frå vart vere kvar mykje sjølv ho noko eg korleis"),
        ("et", false, "see et kui aga ka mis ta oma mida nii veel ning kes siis seda või nagu pärast kõik"),
        ("az", false, "və də üçün ilə olaraq kimi ən deyil isə görə"),
    ];

    static StopwordProfiles()
    {
        Codes = new string[Profiles.Length];
        for (var i = 0; i < Profiles.Length; i++)
        {
            Codes[i] = Profiles[i].Code;
            if (Profiles[i].Decide)
            {
                Decidable |= 1u << i;
                AddWords(i);
            }
        }

        for (var i = 0; i < Profiles.Length; i++)
        {
            if (!Profiles[i].Decide)
            {
                AddWords(i);
            }
        }

        Lookup = Masks.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static int Count => Profiles.Length;

    private static void AddWords(int profile)
    {
        var guard = !Profiles[profile].Decide;
        foreach (var word in Profiles[profile].Words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var mask = Masks.GetValueOrDefault(word);
            if (guard && (mask & Decidable) != 0)
            {
                // A word a decided language uses too ("in", "so") tells nothing about the guard language.
                continue;
            }

            Masks[word] = mask | (1u << profile);
        }
    }
}
