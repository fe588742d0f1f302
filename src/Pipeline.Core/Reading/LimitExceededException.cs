namespace Pipeline.Core.Reading;

/// <summary>An input-wide limit was breached while reading; the whole input is quarantined with this reason, whatever was read before.</summary>
internal sealed class LimitExceededException(string reason) : Exception(reason);
