using System.Text;

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
        var builder = new StringBuilder(latin.Length);
        for (var i = 0; i < latin.Length; i++)
        {
            var folded = FoldPair(latin, i);
            if (folded is not null)
            {
                Append(builder, folded.Value);
                i++;
                continue;
            }

            switch (latin[i])
            {
                case 'H':
                    break;
                case 'C' or 'Q':
                    Append(builder, 'K');
                    break;
                case 'Y':
                    Append(builder, 'I');
                    break;
                case 'W':
                    Append(builder, 'U');
                    break;
                default:
                    Append(builder, latin[i]);
                    break;
            }
        }

        return builder.ToString();
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
    private static void Append(StringBuilder builder, char c)
    {
        if (builder.Length == 0 || builder[^1] != c)
        {
            builder.Append(c);
        }
    }
}
