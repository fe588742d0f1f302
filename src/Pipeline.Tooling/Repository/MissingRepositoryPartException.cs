namespace Pipeline.Tooling.Repository;

/// <summary>
/// A piece of the checkout a command needs is not there (Azurite before <c>npm ci</c>, a host not built yet): the
/// message says which and how to get it, so the CLI can print one line instead of a process-start stack trace.
/// </summary>
public sealed class MissingRepositoryPartException(string path, string remedy)
    : Exception($"{path} not found: {remedy}")
{
    public string Path { get; } = path;
}
