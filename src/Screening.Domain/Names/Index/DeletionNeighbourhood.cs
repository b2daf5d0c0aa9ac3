namespace Screening.Domain.Names.Index;

/// <summary>
/// Symmetric deletion neighbourhood (the SymSpell idea, Garbe 2012): a token and every form of it with one
/// letter removed. Two tokens share a form when they are one substitution, insertion, deletion or adjacent
/// transposition apart, so typo candidates come from hash lookups instead of comparing against every token.
/// Forms are stored as 64-bit FNV-1a hashes; a collision only adds a candidate that the scorer then rejects.
/// </summary>
internal static class DeletionNeighbourhood
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Writes the hashes of the token and its one-deletion forms; returns how many were written.</summary>
    public static int Forms(string token, Span<ulong> destination)
    {
        var count = 0;
        destination[count++] = Hash(token, -1);
        for (var skip = 0; skip < token.Length; skip++)
        {
            // Deleting either of two equal neighbours gives the same form.
            if (skip > 0 && token[skip] == token[skip - 1])
            {
                continue;
            }

            destination[count++] = Hash(token, skip);
        }

        return count;
    }

    public static ulong Hash(string token, int skip)
    {
        var hash = OffsetBasis;
        for (var i = 0; i < token.Length; i++)
        {
            if (i != skip)
            {
                hash ^= token[i];
                hash *= Prime;
            }
        }

        return hash;
    }
}
