namespace Pipeline.Console.Tests.Infrastructure;

/// <summary>The tests that share one <see cref="ConsolePipeline"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsolePipeline>
{
    public const string Name = "console pipeline";
}
