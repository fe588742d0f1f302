using System.Globalization;

namespace Pipeline.Cli.Commands;

/// <summary>The commands' one way of reading <c>--name value</c> options.</summary>
public static class CommandOptions
{
    /// <summary>The value after <paramref name="name"/>, or null when the option is absent or has no value.</summary>
    public static string? Value(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i + 1 < args.Count; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    /// <summary>The whole number after <paramref name="name"/>, or <paramref name="fallback"/> when the option is absent.</summary>
    public static int Int(IReadOnlyList<string> args, string name, int fallback) =>
        Value(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
