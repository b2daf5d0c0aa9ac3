namespace Screening.Domain.Sources;

/// <summary>
/// One file of a list to parse. <see cref="Open"/> returns a fresh readable stream each call, so a
/// parser can stream the file (and, for CSV sets, read companion files) without holding it in memory.
/// </summary>
public sealed record ListFile(string Name, Func<Stream> Open);
