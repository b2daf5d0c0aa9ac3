using Screening.Domain.Names.Romanization;

namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 6f: a word in kana becomes tokens spelled in Hepburn (<see cref="KanaRomanization"/>) with the kana as text,
/// like a Hangul syllable. Two rules undo what Japanese writing adds to a foreign name: a word splits after ン when a
/// vowel follows, the syllable boundary of the Korean or Chinese name it transcribes (ジョンウン → ジョン ウン, JON UN
/// for "Jong Un"); and a final U after a consonant is the vowel Japanese adds to a closed syllable (キム → KIMU → KIM).
/// Each token also carries its <see cref="KatakanaPhoneticKey"/>, which reaches Western names Hepburn does not
/// (ウラジーミル → URAJIMIR, key RDMR, as VLADIMIR). A whole word that is a generic English loanword
/// (<see cref="KanaLoanwordStep"/>) or an acronym spelled in letter names (<see cref="KanaLetterNameStep"/>) becomes
/// the English word or the letters instead.
/// </summary>
internal static class KanaWordStep
{
    private const string Vowels = "アイウエオあいうえお";

    /// <summary>
    /// Whether the word holds kana. Tokenization keeps no other character of U+3041–U+30FC in a word, so the range is
    /// <see cref="KanaRomanization.IsKana"/> here, searched vectorized: every Latin word of every query passes through.
    /// </summary>
    public static bool Applies(string word) => word.AsSpan().IndexOfAnyInRange('\u3041', '\u30FC') >= 0;

    /// <summary>
    /// The kana runs of a word and the Latin letters or digits written against them (オフィス39 for OFFICE 39,
    /// マリンSA for MARINE SA) become separate tokens: the script changes where one word ends.
    /// </summary>
    public static void Apply(string word, List<NameToken> tokens)
    {
        var start = 0;
        for (var i = 1; i <= word.Length; i++)
        {
            if (i == word.Length || KanaRomanization.IsKana(word[i]) != KanaRomanization.IsKana(word[start]))
            {
                var run = word[start..i];
                if (KanaRomanization.IsKana(run[0]))
                {
                    ApplyKana(run, tokens);
                }
                else
                {
                    tokens.Add(NameNormalizer.CreateToken(run));
                }

                start = i;
            }
        }
    }

    private static void ApplyKana(string word, List<NameToken> tokens)
    {
        if ((KanaLoanwordStep.English(word) ?? KanaLetterNameStep.Acronym(word)) is { } english)
        {
            // The English word or acronym the kana stands for, compared as any Latin token.
            tokens.Add(NameNormalizer.CreateToken(english));
            return;
        }

        if (tokens.Count == 1 && tokens[0].KanaPhoneticKey is not null && KanaKoreanSyllableStep.IsKoreanSurname(tokens[0].Text)
            && KanaKoreanSyllableStep.Syllables(word) is { } syllables)
        {
            // The surname read as Korean as well (ファン HWAN, not FAN), now that the given name says the name is Korean.
            var surname = tokens[0].Text;
            if (KanaKoreanSyllableStep.Syllables(surname) is [var (_, surnameSpelling)])
            {
                tokens.Clear();
                AddSpelled(surname, surnameSpelling, tokens);
            }

            foreach (var (kana, spelling) in syllables)
            {
                AddSpelled(kana, spelling, tokens);
            }

            return;
        }

        if (KanaArabicCompoundStep.IsHeadAlone(word))
        {
            AddSpelled(word, KanaArabicCompoundStep.Head, tokens);
            return;
        }

        if (KanaArabicCompoundStep.Split(word) is var (headKana, remainder))
        {
            // ABD as the Latin step writes it, then the name after the article read as any kana word.
            AddSpelled(headKana, KanaArabicCompoundStep.Head, tokens);
            ApplyKana(remainder, tokens);
            return;
        }

        var start = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var boundary = word[i] is 'ン' or 'ん' && i + 1 < word.Length && Vowels.Contains(word[i + 1], StringComparison.Ordinal);
            if (boundary || i == word.Length - 1)
            {
                Add(word[start..(i + 1)], tokens);
                start = i + 1;
            }
        }
    }

    private static void Add(string kana, List<NameToken> tokens)
    {
        var spelling = KanaRomanization.Hepburn(kana);
        if (spelling.Length > 2 && spelling[^1] == 'U' && spelling[^2] is not ('A' or 'E' or 'I' or 'O' or 'U') && !spelling.EndsWith("TSU", StringComparison.Ordinal))
        {
            spelling = spelling[..^1];
        }

        AddSpelled(kana, spelling, tokens);
    }

    private static void AddSpelled(string kana, string spelling, List<NameToken> tokens)
    {
        if (spelling.Length == 0)
        {
            return;
        }

        var key = RomanizationKey.For(spelling);
        tokens.Add(new NameToken(kana, key, ConsonantSkeleton.For(key), WeakTokenClassificationStep.Classify(spelling)) { Spelling = spelling, KanaPhoneticKey = KatakanaPhoneticKey.ForKana(spelling) });
    }
}
