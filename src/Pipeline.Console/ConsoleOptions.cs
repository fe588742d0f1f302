using System.ComponentModel.DataAnnotations;

namespace Pipeline.Console;

/// <summary>The console's own settings, section <c>Pipeline:Console</c>; defaults shown.</summary>
public sealed class ConsoleOptions
{
    public const string SectionName = "Pipeline:Console";

    /// <summary>Port on 127.0.0.1 (the console never listens beyond loopback).</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 7080;

    /// <summary>Folder of the search index; deleting it and restarting rebuilds it from the documents container.</summary>
    [Required]
    public string IndexPath { get; set; } = ".console-index";

    /// <summary>How often the reports container is listed for inputs just finished (their documents are indexed at once).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan ReportPollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Pause between two full listings of the documents container (what catches deletions and documents written without a report).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan FullListingInterval { get; set; } = TimeSpan.FromSeconds(2);
}
