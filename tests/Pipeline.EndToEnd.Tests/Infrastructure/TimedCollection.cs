namespace Pipeline.EndToEnd.Tests.Infrastructure;

/// <summary>Tests that assert how long the product takes run alone, after the parallel ones, so other tests' load does not time them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedCollection
{
    public const string Name = "timed";
}
