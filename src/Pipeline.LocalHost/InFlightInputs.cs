using System.Collections.Concurrent;

namespace Pipeline.LocalHost;

/// <summary>
/// The inputs this process is ingesting right now, so that a stop can say which ones it cut short.
/// One entry per invocation: the trigger and the sweep may work on the same blob at once.
/// </summary>
public sealed class InFlightInputs
{
    private readonly ConcurrentDictionary<Invocation, string> inputs = new();

    public IReadOnlyList<string> Names => inputs.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Registers an input until the returned handle is disposed.</summary>
    public IDisposable Track(string input)
    {
        var invocation = new Invocation(this);
        inputs[invocation] = input;
        return invocation;
    }

    private sealed class Invocation(InFlightInputs registry) : IDisposable
    {
        public void Dispose() => registry.inputs.TryRemove(this, out _);
    }
}
