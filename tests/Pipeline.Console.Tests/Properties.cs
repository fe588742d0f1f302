// The tests share one Azurite, local host and console (ConsolePipelineFixture) and time drops: one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
