namespace Pipeline.Search.Querying;

/// <summary>A query that is not valid Lucene syntax; the message says where.</summary>
public sealed class InvalidQueryException(string message, Exception inner) : Exception(message, inner);
