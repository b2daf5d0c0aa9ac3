namespace Screening.Domain.Names.Index;

/// <summary>
/// Symmetric deletion neighbourhood (the SymSpell idea, Garbe 2012): a token and every form of it with one
/// letter removed (two letters for tokens of <see cref="TwoDeletionLength"/> or more). Tokens one or two typing
/// errors apart share a form, so typo candidates come from hash lookups instead of comparing against every token.
/// Two deletions start at five letters because that is where the scorer's error budget
/// (<see cref="Scoring.EditDistance.Allowed"/>) starts allowing two errors: every pair the scorer would accept
/// shares a form, and no shorter token pays for forms the scorer would reject anyway.
/// Forms are stored as 64-bit FNV-1a hashes; a collision only adds a candidate that the scorer then rejects.
/// </summary>
internal static class DeletionNeighbourhood
{
    public const int TwoDeletionLength = 5;
    private const int MaximumTwoDeletionLength = 40;
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>A buffer of this size holds the forms of any token.</summary>
    public static readonly int BufferSize = 1 + MaximumTwoDeletionLength + (MaximumTwoDeletionLength * (MaximumTwoDeletionLength - 1) / 2);

    public static ulong WholeForm(string token) => Hash(token, -1, -1);

    /// <summary>Writes the hashes of the token and its deletion forms; returns how many were written.</summary>
    public static int Forms(string token, Span<ulong> destination) => Forms(token, destination, includeTwoDeletions: true);

    /// <summary>As <see cref="Forms(string, Span{ulong})"/>, optionally without the two-letter deletions.</summary>
    public static int Forms(string token, Span<ulong> destination, bool includeTwoDeletions)
    {
        var count = 0;
        destination[count++] = Hash(token, -1, -1);
        for (var first = 0; first < token.Length; first++)
        {
            // Deleting either of two equal neighbours gives the same form.
            if (first > 0 && token[first] == token[first - 1])
            {
                continue;
            }

            destination[count++] = Hash(token, first, -1);
        }

        if (includeTwoDeletions && UsesTwoDeletions(token.Length))
        {
            for (var first = 0; first < token.Length; first++)
            {
                for (var second = first + 1; second < token.Length; second++)
                {
                    destination[count++] = Hash(token, first, second);
                }
            }
        }

        return count;
    }

    private static bool UsesTwoDeletions(int length) => length is >= TwoDeletionLength and <= MaximumTwoDeletionLength;

    private static ulong Hash(string token, int skip, int skipToo)
    {
        var hash = OffsetBasis;
        for (var i = 0; i < token.Length; i++)
        {
            if (i != skip && i != skipToo)
            {
                hash ^= token[i];
                hash *= Prime;
            }
        }

        return hash;
    }
}
