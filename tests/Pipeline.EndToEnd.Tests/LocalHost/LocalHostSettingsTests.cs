using System.Diagnostics;

namespace Pipeline.EndToEnd.Tests.LocalHost;

/// <summary>The local host process refuses an invalid setting at start, naming it, instead of failing on every blob.</summary>
public sealed class LocalHostSettingsTests
{
    [Theory]
    [InlineData("Pipeline__Dedup__Bands", "0", "Pipeline:Dedup:Bands")]
    [InlineData("Pipeline__Reader__MaxRecordTime", "00:00:00", "Pipeline:Reader:MaxRecordTime")]
    public async Task LocalHost_StartedWithAnInvalidSetting_ExitsAtOnceNamingIt(string variable, string value, string setting)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { RepositoryPaths.LocalHostDll },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Validation comes before any storage request: no account is needed for this.
            Environment = { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true", ["DOTNET_ENVIRONMENT"] = "Development", [variable] = value },
        };
        using var host = Process.Start(start)!;
        var stderr = host.StandardError.ReadToEndAsync();
        var stdout = host.StandardOutput.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await host.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            host.Kill(entireProcessTree: true);
            Assert.Fail($"the local host was still running 10 s after its start with {variable}={value}");
        }

        Assert.NotEqual(0, host.ExitCode);
        Assert.Contains($"Invalid setting: {setting}", await stderr + await stdout);
    }
}
