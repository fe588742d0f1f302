using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Storage.Hosting;
using Pipeline.Storage.Withdrawals;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary>
/// Withdraws what deleted raw inputs produced, by hand: what the local host's sweep and, in Azure, the BlobDeleted
/// event do on their own (for a deletion whose event was lost). An input still in <c>raw</c> is left alone: it is
/// live, and forgetting it would only have it processed again.
/// </summary>
public static class ForgetCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> names, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection().AddLogging().AddArticlePipeline(configuration).BuildServiceProvider();
        await using var _ = services;
        await services.GetRequiredService<StorageInitializer>().EnsureCreatedAsync(cancellationToken);
        var deletions = services.GetRequiredService<DeletedInputProcessor>();
        var table = new Table().AddColumns("input", "outcome");
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            var report = await deletions.ProcessAsync(name, cancellationToken);
            table.AddRow(Markup.Escape(name), Markup.Escape(report is null
                ? "still in raw: delete the blob first (a live input is not forgotten)"
                : $"deleted: {report.Withdrawal?.Withdrawn.Count ?? 0} document(s) withdrawn, {report.Withdrawal?.Promoted.Count ?? 0} promoted"));
        }

        AnsiConsole.Write(table);
        return 0;
    }
}
