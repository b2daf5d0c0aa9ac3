namespace Screening.Domain.Names.Romanization;

/// <summary>
/// What is left of a Latin spelling once the distinctions Greek letters cannot write are folded: Greek has no C, Q, H,
/// W, Y or X of its own, writes B as ΜΠ, D as ΝΤ, G as ΓΚ, J as ΤΖ, U as ΟΥ and X as ΚΣ, and no doubled letters in a
/// foreign name. A Greek word whose reading (ELOT) folds to the same form as a listed Latin token is that token written in
/// Greek ("ΚΑΡΑΚΑΣ" KARAKAS / CARACAS, "ΚΑΝΤΑΜΠΡΑΝΑ" / CANTABRANA, "ΒΟΛΟΝΤΙΜΙΡΟΒΙΧ" / VOLODYMYROVYCH, "ΑΛΕΞΕΙΕΒΙΧ" /
/// ALEKSEYEVICH). Both sides are folded the same way, so a form only equates spellings Greek cannot tell apart.
/// </summary>
internal static class GreekLatinForm
{
    private static readonly (string Written, string Folded)[] Pairs =
        [("OU", "U"), ("NT", "D"), ("MP", "B"), ("GK", "G"), ("TZ", "J"), ("KS", "X"), ("CH", "K")];

    public static string Of(string latin)
    {
        Span<char> buffer = latin.Length <= StackLimit ? stackalloc char[latin.Length] : new char[latin.Length];
        return new string(buffer[..Fold(latin, buffer)]);
    }

    /// <summary>
    /// Whether <paramref name="latin"/> folds to <paramref name="form"/>, without building the folded string: the scorer
    /// asks it of every listed token a Greek query token meets.
    /// </summary>
    public static bool FoldsTo(string latin, string form)
    {
        // Folding never lengthens a spelling: each letter or pair gives at most one letter.
        if (form.Length > latin.Length)
        {
            return false;
        }

        Span<char> buffer = latin.Length <= StackLimit ? stackalloc char[latin.Length] : new char[latin.Length];
        return buffer[..Fold(latin, buffer)].SequenceEqual(form);
    }

    private const int StackLimit = 128;

    /// <summary>Writes the folded form of <paramref name="latin"/> to <paramref name="folded"/> (as long as it) and returns its length.</summary>
    private static int Fold(string latin, Span<char> folded)
    {
        var length = 0;
        for (var i = 0; i < latin.Length; i++)
        {
            var pair = FoldPair(latin, i);
            if (pair is not null)
            {
                Append(folded, ref length, pair.Value);
                i++;
                continue;
            }

            switch (latin[i])
            {
                case 'H':
                    break;
                case 'C' or 'Q':
                    Append(folded, ref length, 'K');
                    break;
                case 'Y':
                    Append(folded, ref length, 'I');
                    break;
                case 'W':
                    Append(folded, ref length, 'U');
                    break;
                default:
                    Append(folded, ref length, latin[i]);
                    break;
            }
        }

        return length;
    }

    private static char? FoldPair(string latin, int i)
    {
        if (i + 1 >= latin.Length)
        {
            return null;
        }

        foreach (var (written, folded) in Pairs)
        {
            if (latin[i] == written[0] && latin[i + 1] == written[1])
            {
                return folded[0];
            }
        }

        return null;
    }

    /// <summary>Doubled letters are one: Greek writes ΑΝΝΤΡΙΙ or ΑΝΤΡΙ for ANDRIY alike.</summary>
    private static void Append(Span<char> folded, ref int length, char c)
    {
        if (length == 0 || folded[length - 1] != c)
        {
            folded[length++] = c;
        }
    }
}
