namespace Pipeline.Core.Tests.Reading;

/// <summary>Tests that measure allocations or feed gigabytes run alone, so other tests don't blur the numbers or the 2 cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasuringCollection
{
    public const string Name = "memory measuring";
}
