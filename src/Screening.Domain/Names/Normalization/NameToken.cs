namespace Screening.Domain.Names.Normalization;

/// <summary>
/// One normalized token: <see cref="Text"/> is the folded ASCII spelling, <see cref="Key"/> its
/// romanization-canonical form, <see cref="Skeleton"/> its consonant skeleton.
/// </summary>
public sealed record NameToken(string Text, string Key, string Skeleton, TokenRole Role)
{
    public bool IsWeak => Role != TokenRole.Regular;

    public bool HasDigits => Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>The set of letters A-Z in <see cref="Text"/> and <see cref="Key"/> as bits, for a cheap first comparison.</summary>
    public uint Letters { get; } = LetterBits(Text) | LetterBits(Key);

    private static uint LetterBits(string value)
    {
        uint bits = 0;
        foreach (var c in value)
        {
            if (c is >= 'A' and <= 'Z')
            {
                bits |= 1u << (c - 'A');
            }
        }

        return bits;
    }

    public override string ToString() => Text;
}
