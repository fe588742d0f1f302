using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Functions;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Withdrawals;

namespace Pipeline.Infra.Tests.Functions;

/// <summary>
/// What the deployment assumes of the function: an Event Grid-source blob trigger on raw (Flex Consumption does
/// not scan containers), reached at the webhook named in infra/app/blob-webhook.bicep.
/// </summary>
public sealed class TriggerContractTests
{
    private static readonly MethodInfo Run = typeof(IngestRawBlobFunction).GetMethod(nameof(IngestRawBlobFunction.RunAsync))!;

    [Fact]
    public void BlobTrigger_IsEventGridSourcedOnTheConfiguredRawContainer()
    {
        var trigger = Run.GetParameters().Select(p => p.GetCustomAttribute<BlobTriggerAttribute>()).Single(a => a is not null)!;
        Assert.Equal(BlobTriggerSource.EventGrid, trigger.Source);
        Assert.Equal("%Pipeline:Storage:RawContainer%/{name}", trigger.BlobPath);
        Assert.Equal("AzureWebJobsStorage", trigger.Connection);
    }

    [Fact]
    public void RawContainerSetting_IsTheSameInTheAppSettingsTheWebhookAndTheOptionsDefault()
    {
        var function = File.ReadAllText(Path.Combine(RepositoryPaths.Infra, "app", "function.bicep"));
        var webhook = File.ReadAllText(Path.Combine(RepositoryPaths.Infra, "app", "blob-webhook.bicep"));
        var raw = new StorageOptions().RawContainer;
        Assert.Matches($@"param rawContainerName string = '{raw}'", function);
        Assert.Contains("Pipeline__Storage__RawContainer: rawContainerName", function);
        Assert.Matches($@"param containerName string = '{raw}'", webhook);
    }

    [Fact]
    public void WebhookSubscription_NamesThisFunctionAndContainer()
    {
        var bicep = File.ReadAllText(Path.Combine(RepositoryPaths.Infra, "app", "blob-webhook.bicep"));
        var function = Run.GetCustomAttribute<FunctionAttribute>()!.Name;
        Assert.Matches($@"param functionName string = '{Regex.Escape(function)}'", bicep);
        Assert.Matches($@"param containerName string = '{new StorageOptions().RawContainer}'", bicep);
        Assert.Contains("functionName=Host.Functions.${functionName}", bicep);
    }

    [Fact]
    public void ChunkTrigger_ListensOnTheQueueTheStorageAccountDeclares()
    {
        var trigger = typeof(IngestChunkFunction).GetMethod(nameof(IngestChunkFunction.RunAsync))!.GetParameters()
            .Select(p => p.GetCustomAttribute<QueueTriggerAttribute>()).Single(a => a is not null)!;
        var bicep = File.ReadAllText(Path.Combine(RepositoryPaths.Infra, "app", "storage.bicep"));
        Assert.Equal(ChunkTicket.Queue, trigger.QueueName);
        Assert.Equal("AzureWebJobsStorage", trigger.Connection);
        Assert.Matches($@"param chunkQueueName string = '{Regex.Escape(ChunkTicket.Queue)}'", bicep);
    }

    [Fact]
    public void DeletionTrigger_ListensOnTheQueueEventGridDeliversRawDeletionsTo()
    {
        var trigger = typeof(WithdrawDeletedInputFunction).GetMethod(nameof(WithdrawDeletedInputFunction.RunAsync))!.GetParameters()
            .Select(p => p.GetCustomAttribute<QueueTriggerAttribute>()).Single(a => a is not null)!;
        var storage = File.ReadAllText(Path.Combine(RepositoryPaths.Infra, "app", "storage.bicep"));
        var topic = File.ReadAllText(Path.Combine(RepositoryPaths.Infra, "app", "eventgrid-topic.bicep"));

        Assert.Equal(BlobDeletedEvent.Queue, trigger.QueueName);
        Assert.Matches($@"param deletionQueueName string = '{Regex.Escape(BlobDeletedEvent.Queue)}'", storage);
        Assert.Matches($@"param deletionQueueName string = '{Regex.Escape(BlobDeletedEvent.Queue)}'", topic);
        Assert.Contains("includedEventTypes: ['Microsoft.Storage.BlobDeleted']", topic);
        Assert.Matches($@"param rawContainerName string = '{new StorageOptions().RawContainer}'", topic);
    }

    [Fact]
    public void StorageAccount_DeclaresEveryContainerThePipelineUses()
    {
        var bicep = File.ReadAllText(Path.Combine(RepositoryPaths.Infra, "app", "storage.bicep"));
        var declared = Regex.Match(bicep, @"param containerNames array = \[(?<names>[^\]]*)\]").Groups["names"].Value
            .Split(',').Select(n => n.Trim().Trim('\'')).ToHashSet();
        var options = new StorageOptions();
        Assert.Subset(declared, new HashSet<string> { options.RawContainer, options.NormalizedContainer, options.DuplicatesContainer, options.ReportsContainer, options.QuarantineContainer, options.ClaimLogContainer, options.WorkContainer });
    }
}
