using System.Diagnostics;
using System.Text.Json;

namespace Pipeline.Infra.Tests.Bicep;

/// <summary>
/// CI systems that cache packages often set NUGET_PACKAGES without a trailing slash; restore then writes
/// NuGetPackageRoot as given, and a path glued onto it pointed nowhere, failing every Bicep test.
/// </summary>
public sealed class BicepCliPathTests
{
    [Fact]
    public async Task BicepCliPath_RestoredWithNugetPackagesWithoutTrailingSlash_IsTheRestoredCli()
    {
        var packages = (await GlobalPackagesFolderAsync()).TrimEnd('/');
        var project = Path.Combine(RepositoryPaths.Root, "tests", "Pipeline.Infra.Tests", "Pipeline.Infra.Tests.csproj");
        var restored = Directory.CreateTempSubdirectory("infra-restore-").FullName;
        try
        {
            // A real restore under that NUGET_PACKAGES, into a folder of its own so the build's obj/ is untouched.
            // The packages folder is the only source: every package is already there, so nothing is downloaded.
            string[] restoredHere = [$"-p:MSBuildProjectExtensionsPath={restored}/", "--disable-build-servers"];
            var restore = await DotnetAsync(packages, ["restore", project, "-p:RestoreRecursive=false", $"-p:RestoreSources={packages}", .. restoredHere]);
            Assert.True(restore.ExitCode == 0, restore.Output + restore.Errors);

            var evaluation = await DotnetAsync(packages, ["msbuild", project, "-getProperty:NuGetPackageRoot", "-getProperty:BicepCliPath", .. restoredHere]);
            Assert.True(evaluation.ExitCode == 0, evaluation.Output + evaluation.Errors);
            var properties = JsonDocument.Parse(evaluation.Output).RootElement.GetProperty("Properties");

            Assert.Equal(packages, properties.GetProperty("NuGetPackageRoot").GetString());
            var cli = properties.GetProperty("BicepCliPath").GetString()!;
            Assert.StartsWith(packages + "/azure.bicep.commandline.linux-x64/", cli, StringComparison.Ordinal);
            Assert.True(File.Exists(cli), cli);
        }
        finally
        {
            Directory.Delete(restored, recursive: true);
        }
    }

    /// <summary>Where this machine's restore put the packages (honours NUGET_PACKAGES and NuGet.config).</summary>
    private static async Task<string> GlobalPackagesFolderAsync()
    {
        var locals = await DotnetAsync(null, ["nuget", "locals", "global-packages", "--list"]);
        Assert.True(locals.ExitCode == 0, locals.Output + locals.Errors);
        return locals.Output.Trim().Split(':', 2)[1].Trim();
    }

    private static async Task<(int ExitCode, string Output, string Errors)> DotnetAsync(string? nugetPackages, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (nugetPackages is not null)
        {
            start.Environment["NUGET_PACKAGES"] = nugetPackages;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(patience.Token);
        return (process.ExitCode, (await stdout).Trim(), (await stderr).Trim());
    }
}
