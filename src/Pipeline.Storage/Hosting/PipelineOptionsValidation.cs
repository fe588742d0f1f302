using Microsoft.Extensions.Options;
using Pipeline.Core.Ingest;

namespace Pipeline.Storage.Hosting;

/// <summary>Checks the core's options when a host starts (ValidateOnStart), so a bad setting stops it at once, named.</summary>
public sealed class PipelineOptionsValidation : IValidateOptions<PipelineOptions>
{
    public ValidateOptionsResult Validate(string? name, PipelineOptions options) =>
        PipelineOptionsRules.Check(options) is { Count: > 0 } failures ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
}
