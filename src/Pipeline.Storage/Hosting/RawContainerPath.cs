namespace Pipeline.Storage.Hosting;

/// <summary>
/// The blob trigger's path, a binding expression both hosts resolve from the same setting the pipeline's own clients
/// read (<see cref="StorageOptions.RawContainer"/>), so moving the input container is one setting. The setting must be
/// present where the trigger is bound: the local host's appsettings.json and the function app's settings (Bicep) give
/// the default, <c>raw</c>.
/// </summary>
public static class RawContainerPath
{
    public const string Setting = StorageOptions.SectionName + ":" + nameof(StorageOptions.RawContainer);

    public const string Trigger = "%" + Setting + "%/{name}";
}
