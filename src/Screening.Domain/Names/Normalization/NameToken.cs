namespace Screening.Domain.Names.Normalization;

/// <summary>
/// One normalized token: <see cref="Text"/> is the folded ASCII spelling, <see cref="Key"/> its
/// romanization-canonical form, <see cref="Skeleton"/> its consonant skeleton.
/// </summary>
public sealed record NameToken(string Text, string Key, string Skeleton, TokenRole Role)
{
    public bool IsWeak => Role != TokenRole.Regular;

    public bool HasDigits => Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    public override string ToString() => Text;
}
