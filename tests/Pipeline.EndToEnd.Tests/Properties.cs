// Host tests mostly wait (on the 2 s blob scan, sweeps, outages), each on its own Azurite or its own containers:
// three classes at a time. A class that times the product runs alone (TimedCollection).
[assembly: CollectionBehavior(MaxParallelThreads = 3)]
