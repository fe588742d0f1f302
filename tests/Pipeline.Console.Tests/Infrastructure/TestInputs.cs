using System.Text;

namespace Pipeline.Console.Tests.Infrastructure;

/// <summary>Inputs the tests drop.</summary>
public static class TestInputs
{
    public static BinaryData Sample => BinaryData.FromBytes(File.ReadAllBytes(RepositoryPaths.Sample));

    /// <summary>
    /// A JSON record whose title, body and publisher carry markup meant to run in a browser: a script that renames the
    /// page and an image whose onerror does.
    /// </summary>
    public static BinaryData Hostile(string word) => BinaryData.FromString($$"""
        {"title": "<script>document.title='pwned'</script> {{word}} harbour <img src=x onerror=\"document.title='pwned'\">",
         "text": "The {{word}} harbour reopened on Monday after the storm. <script>document.title='pwned'</script> Officials said the quay was safe again. {{Salad(word.Sum(c => c), 80)}}\n\nThe mayor <img src=x onerror=\"document.title='pwned'\"> thanked the crews who had worked through the night to clear the debris from the water.",
         "url": "javascript:document.title='pwned'",
         "publisher": "<b onmouseover=\"document.title='pwned'\">Harbour News</b>"}
        """);

    /// <summary>Words in a random order: what keeps two test articles from being near duplicates of each other.</summary>
    private static string Salad(int seed, int words)
    {
        string[] vocabulary = ["council", "river", "bridge", "school", "festival", "budget", "hospital", "train", "museum", "harbour", "market", "library", "stadium", "airport", "forest", "village"];
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, words).Select(_ => vocabulary[random.Next(vocabulary.Length)])) + ".";
    }

    /// <summary>A JSON Lines dump of distinct news articles, several chunks long.</summary>
    public static BinaryData NewsDump(int records, int seed)
    {
        string[] words = ["council", "river", "bridge", "school", "festival", "budget", "hospital", "train", "museum", "harbour", "market", "library", "stadium", "airport", "forest", "village"];
        var random = new Random(seed);
        var dump = new StringBuilder();
        for (var i = 0; i < records; i++)
        {
            var body = string.Join(' ', Enumerable.Range(0, 60).Select(_ => words[random.Next(words.Length)])) + $" record {seed}-{i}.";
            var sentences = $"The {words[i % words.Length]} plan was discussed again on day {i}. {body} Residents said they would follow the debate closely.";
            dump.Append($$"""{"title":"Story {{seed}}-{{i}} about the {{words[random.Next(words.Length)]}}","text":"{{sentences}}"}""").Append('\n');
        }

        return BinaryData.FromString(dump.ToString());
    }
}
