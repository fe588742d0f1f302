using System.ComponentModel.DataAnnotations;

namespace Pipeline.Core.Ingest;

/// <summary>
/// What is wrong with a set of options, each problem naming its setting as configuration spells it
/// (<c>Pipeline:Dedup:Bands</c>): the range each option declares, checked in every section.
/// </summary>
public static class PipelineOptionsRules
{
    public static IReadOnlyList<string> Check(PipelineOptions options) =>
    [
        .. Check(options.Reader, $"{PipelineOptions.SectionName}:Reader"),
        .. Check(options.Dedup, $"{PipelineOptions.SectionName}:Dedup"),
        .. Check(options.Ingest, $"{PipelineOptions.SectionName}:Ingest"),
    ];

    /// <summary>The declared ranges of one options object, each failure as "Section:Property: message (was value)".</summary>
    public static IEnumerable<string> Check(object options, string section)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.SelectMany(r => r.MemberNames.Select(member =>
            $"{section}:{member}: {r.ErrorMessage} (was {options.GetType().GetProperty(member)?.GetValue(options)})"));
    }
}
