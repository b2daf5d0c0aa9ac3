using System.Text;

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
        var builder = new StringBuilder(latin.Length + 2);
        foreach (var c in latin)
        {
            switch (c)
            {
                case 'C' or 'Q':
                    Append(builder, 'K');
                    break;
                case 'X':
                    Append(builder, 'K');
                    Append(builder, 'S');
                    break;
                case 'F':
                    Append(builder, 'P');
                    break;
                case 'Y':
                    Append(builder, 'I');
                    break;
                case 'W':
                    Append(builder, 'V');
                    break;
                default:
                    Append(builder, c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Doubled letters are one: "ალექსსეიევ" ALEKSSEIEV writes ALEXSEYEV's X and S as KSS.</summary>
    private static void Append(StringBuilder builder, char c)
    {
        if (builder.Length == 0 || builder[^1] != c)
        {
            builder.Append(c);
        }
    }
}
