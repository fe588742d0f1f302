using Microsoft.Extensions.Configuration;

namespace Pipeline.Storage.Hosting;

/// <summary>
/// The storage account a connection setting names, in one of the two forms the Functions host accepts:
/// a connection string (Azurite, tests, <c>UseDevelopmentStorage=true</c>), or an identity-based section
/// (<c>AzureWebJobsStorage__blobServiceUri</c>, <c>__queueServiceUri</c>, optional <c>__credential</c> and <c>__clientId</c>),
/// which is what the Azure deployment writes: no key anywhere.
/// </summary>
public sealed record StorageConnection
{
    private StorageConnection()
    {
    }

    /// <summary>Set for the connection-string form; the service URIs are then null.</summary>
    public string? ConnectionString { get; private init; }

    public Uri? BlobServiceUri { get; private init; }

    public Uri? QueueServiceUri { get; private init; }

    /// <summary><c>credential=managedidentity</c>: use the managed identity (user-assigned when <see cref="ClientId"/> is set), not the default credential chain.</summary>
    public bool UseManagedIdentity { get; private init; }

    public string? ClientId { get; private init; }

    public static StorageConnection FromConnectionString(string connectionString) => new() { ConnectionString = connectionString };

    /// <summary>Reads setting <paramref name="name"/>: a value (or a ConnectionStrings entry) is a connection string; a section is identity-based.</summary>
    public static StorageConnection Read(IConfiguration configuration, string name)
    {
        var value = configuration.GetConnectionString(name) ?? configuration[name];
        if (!string.IsNullOrWhiteSpace(value))
        {
            return FromConnectionString(value);
        }

        var section = configuration.GetSection(name);
        if (!section.GetChildren().Any())
        {
            throw new InvalidOperationException(
                $"No storage connection: set '{name}' to a connection string, or '{name}__blobServiceUri' and '{name}__queueServiceUri' for an identity-based connection.");
        }

        var credential = section["credential"];
        if (credential is not null && !credential.Equals("managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            // The Functions host knows only this value; anything else is a typo that would silently fall back to another identity.
            throw new InvalidOperationException($"'{name}__credential' is '{credential}': the only supported value is 'managedidentity'.");
        }

        return new StorageConnection
        {
            BlobServiceUri = RequiredUri(section, name, "blobServiceUri"),
            QueueServiceUri = RequiredUri(section, name, "queueServiceUri"),
            UseManagedIdentity = credential is not null,
            ClientId = string.IsNullOrWhiteSpace(section["clientId"]) ? null : section["clientId"],
        };
    }

    private static Uri RequiredUri(IConfigurationSection section, string name, string key)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidOperationException($"Identity-based storage connection '{name}' has no '{name}__{key}'.");
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback))
        {
            throw new InvalidOperationException($"'{name}__{key}' is not an https URI: '{text}'.");
        }

        return uri;
    }
}
