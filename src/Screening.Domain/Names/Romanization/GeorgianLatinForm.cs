namespace Screening.Domain.Names.Romanization;

/// <summary>
/// What is left of a Latin spelling once the distinctions Georgian letters cannot write are folded: Georgian has no C,
/// X, F, Y or W, and writes X as ქს (KS), F as ფ (P), C as კ (K) or ც (TS), Y as ი (I), and no doubled letters in a
/// foreign name. A Georgian word whose reading folds to the same form as a listed Latin token is that token written in
/// Georgian ("ქსჰემაჯლ" KSHEMAJL / XHEMAJL, "კალიქსტო" / CALIXTO, "ფაიჰან" PAIHAN / FAYHAN). Both sides are folded the
/// same way, so a form only equates spellings Georgian cannot tell apart.
/// </summary>
internal static class GeorgianLatinForm
{
    public static string Of(string latin)
    {
        Span<char> buffer = 2 * latin.Length <= StackLimit ? stackalloc char[2 * latin.Length] : new char[2 * latin.Length];
        return new string(buffer[..Fold(latin, buffer)]);
    }

    /// <summary>
    /// Whether <paramref name="latin"/> folds to <paramref name="form"/>, without building the folded string: the scorer
    /// asks it of every listed token a Georgian query token meets.
    /// </summary>
    public static bool FoldsTo(string latin, string form)
    {
        // Each letter gives at most two (X is KS).
        if (form.Length > 2 * latin.Length)
        {
            return false;
        }

        Span<char> buffer = 2 * latin.Length <= StackLimit ? stackalloc char[2 * latin.Length] : new char[2 * latin.Length];
        return buffer[..Fold(latin, buffer)].SequenceEqual(form);
    }

    private const int StackLimit = 256;

    /// <summary>Writes the folded form of <paramref name="latin"/> to <paramref name="folded"/> (twice as long) and returns its length.</summary>
    private static int Fold(string latin, Span<char> folded)
    {
        var length = 0;
        foreach (var c in latin)
        {
            switch (c)
            {
                case 'C' or 'Q':
                    Append(folded, ref length, 'K');
                    break;
                case 'X':
                    Append(folded, ref length, 'K');
                    Append(folded, ref length, 'S');
                    break;
                case 'F':
                    Append(folded, ref length, 'P');
                    break;
                case 'Y':
                    Append(folded, ref length, 'I');
                    break;
                case 'W':
                    Append(folded, ref length, 'V');
                    break;
                default:
                    Append(folded, ref length, c);
                    break;
            }
        }

        return length;
    }

    /// <summary>Doubled letters are one: "ალექსსეიევ" ALEKSSEIEV writes ALEXSEYEV's X and S as KSS.</summary>
    private static void Append(Span<char> folded, ref int length, char c)
    {
        if (length == 0 || folded[length - 1] != c)
        {
            folded[length++] = c;
        }
    }
}
