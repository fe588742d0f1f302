using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Functions;

namespace Pipeline.Infra.Tests.Functions;

/// <summary>
/// What the deployment assumes of the function: an Event Grid-source blob trigger on raw (Flex Consumption does
/// not scan containers), reached at the webhook named in infra/app/blob-webhook.bicep.
/// </summary>
public sealed class TriggerContractTests
{
    private static readonly MethodInfo Run = typeof(IngestRawBlobFunction).GetMethod(nameof(IngestRawBlobFunction.RunAsync))!;

    [Fact]
    public void The_blob_trigger_is_event_grid_sourced_on_raw()
    {
        var trigger = Run.GetParameters().Select(p => p.GetCustomAttribute<BlobTriggerAttribute>()).Single(a => a is not null)!;
        Assert.Equal(BlobTriggerSource.EventGrid, trigger.Source);
        Assert.Equal("raw/{name}", trigger.BlobPath);
        Assert.Equal("AzureWebJobsStorage", trigger.Connection);
    }

    [Fact]
    public void The_webhook_subscription_names_this_function_and_container()
    {
        var bicep = File.ReadAllText(Path.Combine(RepositoryRoot.Infra, "app", "blob-webhook.bicep"));
        var function = Run.GetCustomAttribute<FunctionAttribute>()!.Name;
        Assert.Matches($@"param functionName string = '{Regex.Escape(function)}'", bicep);
        Assert.Matches(@"param containerName string = 'raw'", bicep);
        Assert.Contains("functionName=Host.Functions.${functionName}", bicep);
    }
}
