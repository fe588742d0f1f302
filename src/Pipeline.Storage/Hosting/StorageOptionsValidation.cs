using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Pipeline.Storage.Hosting;

/// <summary>
/// Checks the storage options when a host starts: every container name must be one Azure Storage accepts (3-63
/// lowercase letters, digits and single hyphens, starting and ending with a letter or digit), and the connection
/// setting's name must be given.
/// </summary>
public sealed partial class StorageOptionsValidation : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Connection))
        {
            failures.Add($"{StorageOptions.SectionName}:{nameof(StorageOptions.Connection)}: the name of the connection setting is empty");
        }

        foreach (var (setting, container) in Containers(options))
        {
            if (container is null || !ContainerName().IsMatch(container))
            {
                failures.Add($"{StorageOptions.SectionName}:{setting}: '{container}' is not a valid container name (3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit)");
            }
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }

    private static IEnumerable<(string Setting, string? Container)> Containers(StorageOptions o) =>
    [
        (nameof(o.RawContainer), o.RawContainer),
        (nameof(o.NormalizedContainer), o.NormalizedContainer),
        (nameof(o.DuplicatesContainer), o.DuplicatesContainer),
        (nameof(o.ReportsContainer), o.ReportsContainer),
        (nameof(o.QuarantineContainer), o.QuarantineContainer),
        (nameof(o.ClaimLogContainer), o.ClaimLogContainer),
        (nameof(o.WorkContainer), o.WorkContainer),
    ];

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9](?:[a-z0-9]|-(?!-))*[a-z0-9]$")]
    private static partial Regex ContainerName();
}
