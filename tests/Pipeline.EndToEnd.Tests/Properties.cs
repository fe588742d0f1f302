// Host tests start processes and time a drop; running them one at a time keeps the 2-core machine predictable.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
