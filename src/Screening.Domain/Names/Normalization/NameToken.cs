namespace Screening.Domain.Names.Normalization;

/// <summary>
/// One normalized token: <see cref="Text"/> is the folded ASCII spelling (for a word of the Arabic name dictionary,
/// the folded Arabic word), <see cref="Key"/> its romanization-canonical form, <see cref="Skeleton"/> its consonant skeleton.
/// </summary>
public sealed record NameToken(string Text, string Key, string Skeleton, TokenRole Role)
{
    public bool IsWeak => Role != TokenRole.Regular;

    public bool HasDigits => Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>
    /// The Latin letters the token is compared by when spellings differ: <see cref="Text"/>, except for an Arabic-script
    /// word found in the name dictionary, which compares as the Latin spelling of its name ("محمد" as "MUHAMMAD").
    /// </summary>
    public string Spelling { get; init; } = Text;

    /// <summary>
    /// For a token written in kana, its <see cref="Romanization.KatakanaPhoneticKey"/> (empty when too short); null for
    /// every other token, whose listed counterparts are compared by spelling alone.
    /// </summary>
    public string? KanaPhoneticKey { get; init; }

    /// <summary>
    /// Whether the token comes from a script that leaves its vowels unwritten (a Hebrew word, <see cref="HebrewWordStep"/>),
    /// so its Latin letters Y and V are consonants, and it compares with Latin names by consonant skeleton.
    /// </summary>
    public bool WrittenWithoutVowels { get; init; }

    /// <summary>
    /// The consonant skeletons of the token's other readings, where its script leaves a sound open (a Hebrew word:
    /// ב is B or V, פ P or F, <see cref="Romanization.HebrewReading"/>); null for every other token.
    /// </summary>
    public IReadOnlyList<string>? OtherSkeletons { get; init; }

    /// <summary>
    /// The romanization keys of the token's other vowel readings, where its script writes two vowels with one letter (a
    /// Hebrew word: ו is O or U, a final ה A or E, <see cref="Romanization.HebrewReading.VowelSpellings"/>); another token
    /// with one of them as its key is a romanization variant. Null for every other token.
    /// </summary>
    public IReadOnlyList<string>? OtherKeys { get; init; }

    /// <summary>
    /// For a Greek word, its reading folded to what Greek letters can tell apart (<see cref="Romanization.GreekLatinForm"/>);
    /// null for every other token.
    /// </summary>
    public string? GreekForm { get; init; }

    /// <summary>
    /// For a Georgian word, its reading folded to what Georgian letters can tell apart
    /// (<see cref="Romanization.GeorgianLatinForm"/>); null for every other token.
    /// </summary>
    public string? GeorgianForm { get; init; }

    /// <summary>Every skeleton of the token: <see cref="Skeleton"/>, then <see cref="OtherSkeletons"/>.</summary>
    public IEnumerable<string> Skeletons => OtherSkeletons is null ? [Skeleton] : [Skeleton, .. OtherSkeletons];

    /// <summary>Whether the token is an Arabic-script word found in the name dictionary (<see cref="ArabicNameDictionaryStep"/>).</summary>
    public bool IsArabicName { get; init; }

    /// <summary>The set of letters A-Z in <see cref="Text"/> (or <see cref="Spelling"/>: the dictionary copies it) and <see cref="Key"/> as bits, for a cheap first comparison.</summary>
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
